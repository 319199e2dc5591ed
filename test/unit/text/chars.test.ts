import assert from 'node:assert/strict';
import { isDash, isRangeDash, wordAfter, wordBefore, wordEndFrom, wordStartBefore } from '../../../src/core/text/chars';

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

describe('dashes (text/chars.ts)', () => {
  const code = (s: string) => s.charCodeAt(0);
  it('reads a hyphen-minus, an en dash and an em dash as a dash, nothing else', () => {
    for (const d of ['-', '\u2013', '\u2014']) assert.ok(isDash(code(d)), d);
    for (const d of ['\u2012', '\u2015', '\u2212', '\u00ad', '_', ':', ' ']) assert.ok(!isDash(code(d)), d);
  });
  it('joins a range with a hyphen or an en dash, never an em dash', () => {
    assert.ok(isRangeDash(code('-')));
    assert.ok(isRangeDash(code('\u2013')));
    assert.ok(!isRangeDash(code('\u2014')));
  });
});
