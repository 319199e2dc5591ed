// Character classes used by the scanners. Char-code tests instead of regexes in the
// hot paths: they run once per character of a 20 MB article.

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** ".", "!" or "?": a sentence end. */
export function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** A closing quotation mark: "”", or a straight one (which opens as well). */
export function isClosingQuote(c: number): boolean {
  return c === 0x201d || c === 34;
}

/** A sentence end or a closing quotation mark: what ends the sentence or the turn before
 *  a quote or a question (turns.ts, interview-questions.ts, attribution.ts). */
export function endsSentenceOrTurn(c: number): boolean {
  return isSentenceEnd(c) || isClosingQuote(c);
}

/** A hyphen-minus "-", an en dash "–" or an em dash "—": the dash of a dateline
 *  ("Jakarta - ", "SOE, Pos Kupang – ", "Jakarta — "), of an aside, of a headline's run
 *  into its body. Every dash test of the recognizer reads it (or isRangeDash). */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** A hyphen-minus or an en dash, not an em dash: what joins the two ends of a range or
 *  route with no space ("Kupang-Waingapu", "Sentani–Wamena"). An em dash so placed opens
 *  an aside (Indonesian spelling rules keep the en dash for "sampai dengan"). */
export function isRangeDash(c: number): boolean {
  return c === 45 || c === 0x2013;
}

/** isDash's three dashes as the inside of a regex character class. */
export const DASH_CLASS = String.raw`\-\u2013\u2014`;

/** True for letters, combining marks and digits (ASCII fast path first). */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Surrogate halves: treat as non-word (emoji are outside names; astral letters are rare).
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** An ASCII letter A-Z or a-z: the word-boundary tests of lower-case cue words, which are
 *  ASCII ("indeks", "harian"), and of domain labels. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** An ASCII digit 0-9. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An upper-case letter (\p{Lu}; ASCII A-Z tested by code, a lone surrogate half none): the
 *  one test of a capital for the rules that read a character's case. */
export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return UPPER.test(String.fromCharCode(c));
}

/** A space, a tab or a no-break space: blank within a line. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 10 || c === 13;
}

/** What \s matches in a regex (ECMAScript white space and line terminators), for a
 *  loop that must agree with a regex using \s; wider than isSpace. */
export function isRegexWhitespace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordChar(text.charCodeAt(i));
}

/** `word` occurs in `text` with no word character on either side ("Munas" writes no
 *  "Muna"): one indexOf walk over the text. */
export function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordAt(text, at - 1) && !isWordAt(text, at + word.length)) return true;
  }
  return false;
}

/** Start of the word ending at `end` (exclusive; not before `floor`): `end` itself when
 *  no word character stands right before it. wordBefore's `start`, for a caller that
 *  reads the word in place rather than take an object per word (wordEndFrom's mirror). */
export function wordStartBefore(text: string, end: number, floor = 0): number {
  let s = end;
  while (s > floor && isWordChar(text.charCodeAt(s - 1))) s--;
  return s;
}

/** Start/end of the word ending just before `pos` (skipping spaces), or null. */
export function wordBefore(text: string, pos: number, floor = 0): { start: number; end: number } | null {
  let e = pos;
  while (e > floor && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= floor || !isWordChar(text.charCodeAt(e - 1))) return null;
  return { start: wordStartBefore(text, e, floor), end: e };
}

/** Start/end of the word starting just after `pos` (skipping spaces), or null. */
export function wordAfter(text: string, pos: number, ceil = text.length): { start: number; end: number } | null {
  let s = pos;
  while (s < ceil && isSpace(text.charCodeAt(s))) s++;
  if (s >= ceil || !isWordChar(text.charCodeAt(s))) return null;
  let e = s + 1;
  while (e < ceil && isWordChar(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** End of the word starting at `start` (`start` itself when no word character stands
 *  there): wordAfter's `end` where the word is known to start at `start`, for a caller
 *  that tests the word in place before it needs the object. */
export function wordEndFrom(text: string, start: number, ceil = text.length): number {
  let e = start;
  while (e < ceil && isWordChar(text.charCodeAt(e))) e++;
  return e;
}

/** `text.startsWith(s.slice(from, to), at + from)`: characters [from, to) of `s` stand
 *  in `text` at the same offsets from `at`. A loop the JIT inlines, cheaper than the
 *  builtin call for the short names the recognizer compares once per mention. */
export function sameCharsAt(text: string, at: number, s: string, from = 0, to = s.length): boolean {
  for (let q = from; q < to; q++) if (text.charCodeAt(at + q) !== s.charCodeAt(q)) return false;
  return true;
}

/** Blank-separated words between two offsets, counted up to `limit` (the count stops
 *  there: a quote's words were otherwise visited one character at a time, for every
 *  quote). */
export function countWords(p: string, from: number, to: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const sp = isSpace(p.charCodeAt(k));
    if (!sp && !inWord && ++n >= limit) return n;
    inWord = !sp;
  }
  return n;
}

// Blanks and invisible characters as web pages and feeds deliver them (issue 13, pattern 11;
// issue 17, bug 3). One table: the recognizer's respacing (recognize/spacing.ts) and the
// CoNLL tokens (export/conll.ts) read it, so both agree on what is a gap between words and
// what is nothing at all.

/** Blanks other than the plain space, as [first, last] code ranges: tab, no-break space,
 *  the typographic spaces U+2000-U+200A, the zero-width space (a break between two words
 *  that shows no gap), narrow no-break, medium mathematical and ideographic spaces. */
const ODD_BLANK_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x09], [0xa0, 0xa0], [0x2000, 0x200b], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000],
];

/** Format characters that show nothing and that web pages leave inside words. They split
 *  a word for no reader: the recognizer leaves them out, a CoNLL token keeps those that
 *  change a word's spelling in some scripts (`spelling`). */
const INVISIBLES: readonly { code: number; spelling: boolean }[] = [
  { code: 0xad, spelling: false }, // soft hyphen: a hyphenation hint ("Kemen\u00adterian")
  { code: 0x200c, spelling: true }, // zero-width non-joiner (Persian, Indic scripts)
  { code: 0x200d, spelling: true }, // zero-width joiner (those scripts, emoji sequences)
  { code: 0x2060, spelling: false }, // word joiner
  { code: 0xfeff, spelling: false }, // byte-order mark left inside the text
];

const ODD_BLANK = 1;
const INVISIBLE = 2;
/** The kind of every UTF-16 code unit: one array read per test, in the hot loops. */
const KIND = new Uint8Array(0x10000);
for (const [a, b] of ODD_BLANK_RANGES) KIND.fill(ODD_BLANK, a, b + 1);
for (const { code } of INVISIBLES) KIND[code] = INVISIBLE;

/** A blank other than the plain space (ODD_BLANK_RANGES). */
export function isOddBlank(c: number): boolean {
  return c < KIND.length && KIND[c] === ODD_BLANK;
}

/** An invisible format character (INVISIBLES): left out of a word, never a gap in it. */
export function isInvisible(c: number): boolean {
  return c < KIND.length && KIND[c] === INVISIBLE;
}

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
/** The odd blanks as the inside of a regex character class. */
export const ODD_BLANK_CLASS = ODD_BLANK_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
/** The invisible characters as the inside of a regex character class. */
export const INVISIBLE_CLASS = INVISIBLES.map((x) => hex(x.code)).join('');
/** The invisible characters that do not change a word's spelling, as a class's inside. */
export const SPELLING_NEUTRAL_INVISIBLE_CLASS = INVISIBLES.filter((x) => !x.spelling).map((x) => hex(x.code)).join('');
