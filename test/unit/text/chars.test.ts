import assert from 'node:assert/strict';
import { wordAfter, wordBefore, wordEndFrom, wordStartBefore } from '../../../src/core/text/chars';

describe('word ends read in place (text/chars.ts)', () => {
  it('ends a word where wordAfter ends it, when the word starts there', () => {
    const p = 'Namun, Pelatih Persib itu menyebut Ḥasan\u00a0datang.';
    for (const at of [0, 7, 15, 35]) {
      const w = wordAfter(p, at);
      assert.ok(w !== null && w.start === at);
      assert.equal(wordEndFrom(p, at), w.end, p.slice(at));
    }
    assert.equal(p.slice(35, wordEndFrom(p, 35)), 'Ḥasan');
  });
  it('gives the start itself where no word character stands, and stops at the ceiling', () => {
    assert.equal(wordEndFrom('itu, kata', 3), 3);
    assert.equal(wordEndFrom('menyebut', 0, 4), 4);
    assert.equal(wordEndFrom('', 0), 0);
  });
  it('starts a word where wordBefore starts it, when the word ends there', () => {
    const p = 'Namun, Pelatih Persib itu menyebut Ḥasan\u00a0datang.';
    for (const end of [5, 14, 21, 40, 47]) {
      const w = wordBefore(p, end);
      assert.ok(w !== null && w.end === end);
      assert.equal(wordStartBefore(p, end), w.start, p.slice(0, end));
    }
    assert.equal(p.slice(wordStartBefore(p, 40), 40), 'Ḥasan');
  });
  it('gives the end itself where no word character stands before it, and stops at the floor', () => {
    assert.equal(wordStartBefore('itu, kata', 4), 4);
    assert.equal(wordStartBefore('menyebut', 8, 4), 4);
    assert.equal(wordStartBefore('', 0), 0);
  });
});
