import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isLowerWordAt, LowerWordSet } from '../../../src/core/text/lower-word-set';

// Letters that lower-case in surprising ways: KELVIN SIGN to "k", dotted capital I to
// two characters, final sigma by context, LONG S (not lower-cased at all).
const odd = ['\u212a', '\u0130', 'Σ', 'ſ', 'É', 'ß'];
const letter = fc.oneof(fc.constantFrom(...'aAiIkKsSnNyYtTuUgGpP'), fc.constantFrom(...odd));
const word = fc.array(letter, { minLength: 0, maxLength: 8 }).map((cs) => cs.join(''));

describe('LowerWordSet', () => {
  const lexicon = ['kata', 'ujar', 'tegas', 'katanya', 'ia', 'saya', 'kini', 'nya', 'a'];
  const set = new LowerWordSet(lexicon);
  const reference = new Set(lexicon);

  it('answers as set.has(slice.toLowerCase()) would, for any letters around any span', () => {
    fc.assert(fc.property(word, word, word, (before, w, after) => {
      const text = `${before} ${w}${after}`;
      const start = before.length + 1;
      for (let end = start; end <= text.length; end++) {
        assert.equal(set.hasAt(text, start, end), reference.has(text.slice(start, end).toLowerCase()), JSON.stringify(text.slice(start, end)));
      }
    }), { numRuns: 2000 });
  });

  it('finds words in capitals and with the KELVIN SIGN, not longer or shorter ones', () => {
    const text = 'KATA Kata kAtA \u212aata katax kat UJAR';
    const words = [...text.matchAll(/\S+/g)].map((m) => set.hasAt(text, m.index, m.index + m[0].length));
    assert.deepEqual(words, [true, true, true, true, false, false, true]);
  });

  it('holds non-ASCII words and words that are not their own lower case', () => {
    const mixed = new LowerWordSet(['café', 'Putin', 'ñandú']);
    assert.equal(mixed.hasAt('CAFÉ', 0, 4), true);
    assert.equal(mixed.hasAt('Putin', 0, 5), false, '"Putin" can never be a lower-cased word');
    assert.equal(mixed.hasAt('ÑANDÚ', 0, 5), true);
    assert.equal(mixed.has('café'), true);
  });

  it('isLowerWordAt compares one word the same way', () => {
    fc.assert(fc.property(word, (w) => {
      for (const target of ['kata', 'menurut', 'nya', 'ia']) {
        assert.equal(isLowerWordAt(w, 0, w.length, target), w.toLowerCase() === target, JSON.stringify(w));
      }
    }), { numRuns: 2000 });
    assert.equal(isLowerWordAt('xMENURUTx', 1, 8, 'menurut'), true);
  });
});
