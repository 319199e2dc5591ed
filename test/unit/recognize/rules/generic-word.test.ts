import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule generic-word', () => {
  it('skips a generic word and leaves the name after it to the next rule', () => {
    assert.deepEqual(steps('Menurut dia, Rezim Rusia lemah.').filter((s) => s.startsWith('generic-word')), ['generic-word: Rezim']);
    assert.deepEqual(mentions('Menurut dia, Rezim Rusia lemah.'), ['Rusia/GPE']);
  });
});
