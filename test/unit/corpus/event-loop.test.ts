import assert from 'node:assert/strict';
import { yieldToEventLoop } from '../../../src/extension/event-loop';

describe('yieldToEventLoop (one slice per turn of the event loop, issue 19)', () => {
  it('resumes one waiting task per turn, first come first served', async () => {
    const log: string[] = [];
    // One tick a turn: an immediate queued from an immediate runs in the next turn.
    let ticks = 0;
    const tick = () => {
      log.push('turn');
      if (++ticks < 12) setImmediate(tick);
    };
    setImmediate(tick);
    const task = async (name: string, slices: number) => {
      for (let i = 0; i < slices; i++) {
        await yieldToEventLoop();
        log.push(name);
      }
    };
    await Promise.all([task('a', 3), task('b', 3), task('c', 2)]);
    const resumed = log.filter((x) => x !== 'turn');
    assert.deepEqual(resumed, ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b']);
    // Never two slices in one turn.
    for (let i = 1; i < log.length; i++) assert.ok(log[i] === 'turn' || log[i - 1] === 'turn', log.join(' '));
  });
});
