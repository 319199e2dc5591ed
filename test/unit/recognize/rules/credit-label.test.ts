import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule credit-label', () => {
  it('a second label inside a credit line is skipped', () => {
    const p = 'Penulis: Nur Aisyah Rahman | Editor: Andi Hasrul';
    assert.ok(steps(p).includes('credit-label: Editor'));
    assert.deepEqual(mentions(p), ['Nur Aisyah Rahman/PER', 'Andi Hasrul/PER']);
  });
});
