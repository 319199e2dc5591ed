// "Ia menyebut Trump …": a subject pronoun before a sentence's first name makes that
// name an object. Asked once per sentence that names someone, so the question is
// answered in place rather than by a regex over a fresh slice of the sentence.

/** The rule as a regex over a slice: a pronoun, in any letter case, that no letter
 *  touches. `pronounIn` gives the same answer; the tests hold it to this. */
export const PRONOUN_IN = /(?:^|[^\p{L}])(?:ia|dia|mereka|kami|kita|beliau|saya)(?![\p{L}])/iu;

const PRONOUNS = ['ia', 'dia', 'mereka', 'kami', 'kita', 'beliau', 'saya'];
const LETTER = /\p{L}/u;

/** `PRONOUN_IN.test(text.slice(from, to))` without the slice. */
export function pronounIn(text: string, from: number, to: number): boolean {
  for (let x = from; x + 2 <= to; x++) {
    const c = fold(text.charCodeAt(x));
    // Every pronoun starts with one of i, d, m, k, b, s.
    if (c !== 105 && c !== 100 && c !== 109 && c !== 107 && c !== 98 && c !== 115) continue;
    if (x > from && letterEndsAt(text, x, from)) continue;
    for (let w = 0; w < PRONOUNS.length; w++) {
      const word = PRONOUNS[w];
      const end = x + word.length;
      if (word.charCodeAt(0) !== c || end > to) continue;
      let same = true;
      for (let q = 1; q < word.length && same; q++) same = fold(text.charCodeAt(x + q)) === word.charCodeAt(q);
      if (same && (end === to || !letterStartsAt(text, end, to))) return true;
    }
  }
  return false;
}

/** Case folding as the regex's `iu` flags do it, for the letters of the pronouns: ASCII
 *  capitals, and the two other characters that fold to an ASCII letter (KELVIN SIGN to
 *  k, LONG S to s). */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x212a) return 107;
  if (c === 0x17f) return 115;
  return c;
}

/** The code point that ends just before `x` (not reaching back before `from`, where the
 *  slice begins) is a letter. */
function letterEndsAt(text: string, x: number, from: number): boolean {
  const c = text.charCodeAt(x - 1);
  if (c >= 0xdc00 && c <= 0xdfff && x - 2 >= from) {
    const h = text.charCodeAt(x - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(String.fromCharCode(h, c));
  }
  return isLetterUnit(c);
}

/** The code point that starts at `y` (not reaching `to`, where the slice ends) is a letter. */
function letterStartsAt(text: string, y: number, to: number): boolean {
  const c = text.charCodeAt(y);
  if (c >= 0xd800 && c <= 0xdbff && y + 1 < to) {
    const l = text.charCodeAt(y + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return LETTER.test(String.fromCharCode(c, l));
  }
  return isLetterUnit(c);
}

/** A code unit that is a whole letter (a lone surrogate is not one). */
function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(c));
}
