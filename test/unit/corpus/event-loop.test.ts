import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { hostSlices, yieldToEventLoop } from '../../../src/extension/event-loop';

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

  it('work woken by a read goes on in a slice of its own, never in the turn of another task\'s slice', async () => {
    const log: string[] = [];
    let ticks = 0;
    let reading = true;
    const tick = () => {
      // Turns with nothing else in them are one mark: the read may take many.
      if (log[log.length - 1] !== 'turn') log.push('turn');
      if (reading || ++ticks < 6) setImmediate(tick);
    };
    setImmediate(tick);
    const sliced = async () => {
      for (let i = 0; i < 8; i++) {
        await yieldToEventLoop();
        log.push('slice');
      }
    };
    const woken = async () => {
      const slices = hostSlices(8, 1);
      for (let i = 0; i < 3; i++) {
        // A read's callback runs in the loop's poll phase, before the turn's immediates:
        // a slice started there (restart()) and the sliced task's were one block.
        await readFile('package.json');
        await slices.afterWait();
        log.push('read');
      }
      reading = false;
    };
    await Promise.all([sliced(), woken()]);
    assert.equal(log.filter((x) => x === 'read').length, 3);
    for (let i = 1; i < log.length; i++) assert.ok(log[i] === 'turn' || log[i - 1] === 'turn', log.join(' '));
  });

  it('host slices begin in a turn of their own: the first check pauses', async () => {
    const slices = hostSlices(8, 1);
    assert.equal(slices.due(), true, 'made in a task that may have worked already');
    await slices.next();
    assert.equal(slices.due(), false, 'a fresh slice after the pause');
  });
});
