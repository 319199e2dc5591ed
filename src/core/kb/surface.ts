/** Character-level helpers shared by the KB index and its tests. They work on UTF-16
 *  code units without allocating, because the recognizer calls them for every
 *  character of very large texts. */

import { spanHash } from '../text/word-table';

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const COMBINING_MARKS = /\p{M}+/gu;

/** Word-ness of every BMP code unit, filled lazily (0 = not yet known, 1 = word,
 *  2 = separator): the Unicode property regex runs at most once per distinct character
 *  instead of once per character of the text. */
const WORD_TABLE = new Uint8Array(0x10000);

/** True when the code unit at `i` belongs to a word (letter, digit, combining mark).
 *  Apostrophes and hyphens are NOT word characters: "Ma'ruf" and "Ki-moon" are matched
 *  as whole aliases by `startsWith`, never split into tokens by the caller. */
export function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  let known = WORD_TABLE[c];
  if (known === 0) {
    // Surrogates (emoji, rare scripts) count as separators: no alias starts with one.
    known = c >= 0xd800 && c <= 0xdfff ? 2 : NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_TABLE[c] = known;
  }
  return known === 1;
}

/** End (exclusive) of the run of word characters starting at `start`. */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII fast path inline: this loop runs for every character the recognizer scans.
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordCharAt(text, i)) i++;
    else break;
  }
  return i;
}

/** Size mask of the tables indexed by `asciiWordHash`: a few thousand first tokens in
 *  2^17 slots, so most other words find an empty slot. */
export const ASCII_HASH_MASK = (1 << 17) - 1;

/** Hash of s[from, to) (meant for ASCII words), masked to a table index. The recognizer
 *  computes it in the loop that also tells whether a word is ASCII, and the KB index
 *  keys its table of first tokens by it, so a word is never hashed twice. */
export function asciiWordHash(s: string, from: number, to: number): number {
  return spanHash(s, from, to) & ASCII_HASH_MASK;
}

/** The first token of a surface form: its leading run of word characters.
 *  "Dmitri S. Peskov" -> "Dmitri", "Ma'ruf Amin" -> "Ma", "ANTARA" -> "ANTARA". */
export function firstToken(surface: string): string {
  return surface.slice(0, wordEnd(surface, 0));
}

/** True when the string contains a non-ASCII code unit. */
export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

/** Removes diacritics ("Erdoğan" -> "Erdogan", "Sjafrie" unchanged). Keeps letter case.
 *  Precomposed input keeps its length, so folded aliases align with slices of NFC text. */
export function foldAccents(s: string): string {
  if (!hasNonAscii(s)) return s;
  return s.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** True when the string has at least one letter and no lower-case letter ("NATO", "RUSIA"). */
export function isAllCaps(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** The id slug of a canonical name: "Washington, D.C." -> "washington-d-c",
 *  "Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan". */
export function slugify(canonical: string): string {
  return foldAccents(canonical)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
