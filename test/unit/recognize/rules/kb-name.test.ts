import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule kb-name', () => {
  it('emits the longest alias and keeps a title cue across it', () => {
    const p = 'Juru bicara Kremlin Dmitry Peskov menolak.';
    assert.ok(steps(p).includes('kb-name: Kremlin'));
    assert.ok(steps(p).includes('kb-name: Dmitry Peskov'));
    assert.deepEqual(mentions(p), ['Kremlin/ORG', 'Dmitry Peskov/PER']);
  });
});
