// The headline speaker rules asked "is this role written whole in the title?" with a hasWords
// of their own (headline-colon-speaker.ts) whose word characters were letters and digits; they
// ask text/chars.ts's occursAsWord now (mends57). This test keeps the old loop as the reference
// and shows the two answer alike on tricky titles: punctuation, digits, hyphens, apostrophes,
// non-Latin letters, a no-break space, emoji, overlapping matches. The one difference is a
// combining mark touching the phrase, where occursAsWord's answer is the right one: the mark is
// part of the letter before it ("kepala" + U+0301 is one word, no "kepala" written whole).
// Titles written for this test.
import assert from 'node:assert/strict';
import { occursAsWord } from '../../../src/core/text/chars';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

/** headline-colon-speaker.ts's hasWords before mends57, kept as the reference; `wordChar` its
 *  word characters (letters and digits), or these and combining marks. */
function hasWordsBefore(s: string, phrase: string, wordChar = LETTER_OR_DIGIT): boolean {
  for (let i = s.indexOf(phrase); i !== -1; i = s.indexOf(phrase, i + 1)) {
    const before = i === 0 ? 32 : s.charCodeAt(i - 1);
    const after = i + phrase.length >= s.length ? 32 : s.charCodeAt(i + phrase.length);
    if (!wordChar.test(String.fromCharCode(before)) && !wordChar.test(String.fromCharCode(after))) return true;
  }
  return false;
}

/** A combining mark stands right before or right after an occurrence of `phrase` in `s`. */
function markTouches(s: string, phrase: string): boolean {
  for (let i = s.indexOf(phrase); i !== -1; i = s.indexOf(phrase, i + 1)) {
    if (MARK.test(s.charAt(i - 1)) || MARK.test(s.charAt(i + phrase.length))) return true;
  }
  return false;
}

const PHRASES = ['hakim', 'ketua', 'wakil ketua', 'kapolda', 'jubir', 'a', 'h.', 'men', 'ketua umum', 'дума', '市长', 'ā', 'a\u0304'];
/** What may stand right before or after a phrase. */
const NEIGHBOURS = [
  '', ' ', ',', '.', ':', ';', '"', '“', '”', '(', ')', '/', '-', '–', '—', "'", '’', '\u00a0', '\t', '\n', '0', '7', '٣', '²',
  'x', 'É', 'é', 'ß', 'ж', 'ق', '中', 'ह', '🙂', 'a', 'n', 's',
];

describe('occursAsWord answers as the headline rules\' hasWords did (mends57)', () => {
  it('answers alike with every neighbour but a combining mark, on both sides and in longer titles', () => {
    let asked = 0;
    for (const phrase of PHRASES) {
      for (const left of NEIGHBOURS) {
        for (const right of NEIGHBOURS) {
          for (const s of [`${left}${phrase}${right}`, `wakil ${left}${phrase}${right} dpr`, `${left}${phrase}${right}${phrase}`, `${phrase}${left}${phrase}${right}`]) {
            // (a phrase ending in a mark, written twice, puts a mark before its second occurrence)
            if (!markTouches(s, phrase)) {
              assert.equal(occursAsWord(s, phrase), hasWordsBefore(s, phrase), JSON.stringify([s, phrase]));
              asked++;
            }
            assert.equal(occursAsWord(s, phrase), hasWordsBefore(s, phrase, /[\p{L}\p{M}\p{N}]/u), JSON.stringify([s, phrase]));
          }
        }
      }
    }
    assert.ok(asked > 10000, String(asked));
  });
  it('answers alike on titles written whole', () => {
    const titles: [string, string][] = [
      ['wakil ketua dpr ri', 'ketua'], ['wakil ketua dpr ri', 'wakil ketua'], ['ketua-ketua partai', 'ketua'], ['kapolda-kapolres', 'kapolda'],
      ['jubir2', 'jubir'], ['2jubir', 'jubir'], ['hakim ketua majelis', 'hakim ketua'], ['hakimnya', 'hakim'], ['sang hakim.', 'hakim'],
      ['mantan ketua umum', 'ketua umum'], ['ketua umumnya', 'ketua umum'], ['kepala bnpb', 'kepala'], ['', 'ketua'],
      ['ketua ketua', 'ketua'], ['aaa', 'aa'], ['menteri', 'men'], ['men.', 'men'], ['h.', 'h.'], ['h.m', 'h.'], ['ah.', 'h.'],
      ['председатель думы', 'дума'], ['государственная дума', 'дума'], ['北京市长', '市长'], ['市长', '市长'],
    ];
    for (const [s, phrase] of titles) assert.equal(occursAsWord(s, phrase), hasWordsBefore(s, phrase), JSON.stringify([s, phrase]));
  });
  it('differs only where a combining mark touches the phrase: the mark belongs to the word', () => {
    // "kepalá" decomposed (a + U+0301) and Devanagari vowel signs are one word with the phrase
    assert.equal(occursAsWord('kepala\u0301 dinas', 'kepala'), false);
    assert.equal(hasWordsBefore('kepala\u0301 dinas', 'kepala'), true);
    assert.equal(occursAsWord('\u0301kepala dinas', 'kepala'), false);
    assert.equal(occursAsWord('हि', 'ह'), false);
    assert.equal(occursAsWord('a\u0304a\u0304', 'a\u0304'), false);
    assert.equal(hasWordsBefore('a\u0304a\u0304', 'a\u0304'), true);
    assert.ok(markTouches('kepala\u0301 dinas', 'kepala') && !markTouches('kepala dinas', 'kepala'));
    // guard: a mark inside the phrase changes nothing
    assert.equal(occursAsWord('wakil a\u0304 ketua', 'a\u0304'), hasWordsBefore('wakil a\u0304 ketua', 'a\u0304'));
    assert.equal(occursAsWord('wakil a\u0304 ketua', 'a\u0304'), true);
  });
});
