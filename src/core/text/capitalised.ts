// Tokens that can be part of a name: words starting with an upper-case letter, with a
// trailing web-domain suffix kept ("KOMPAS.com", "TEMPO.CO") and inner apostrophes
// ("O'Brien"). Lower-case words are never scanned: the recognizer only peeks at the
// few around a candidate, which keeps the whole pass close to one scan of the text.
import { isWordChar } from './chars';
import { spanHash } from './word-table';

export interface Token {
  start: number;
  end: number;
}

// The scan finds exactly what /\p{Lu}[\p{L}\p{M}\p{N}]*/gu would, but by hand: a regex
// exec allocates a match array per token, and this runs once per capitalised word of
// every paragraph. Code points are classified once each (table below); the rarer
// refinements (not inside a word, apostrophes, domain suffixes) are checked on each hit.
const UPPER_RE = /^\p{Lu}$/u;
const NAME_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER = /\p{L}/u;
const DOMAIN = /^\.(?:co\.id|com|co|id)(?![\p{L}\p{N}])/iu;
/** A character that may start a token: an ASCII capital or any non-ASCII code unit (no
 *  /u flag: surrogates are found one by one, and the code below pairs them). */
const MAY_START = /[A-Z\u0080-\uffff]/g;

const KNOWN = 1;
const UPPER = 2;
const NAME_CHAR = 4;
/** Class bits of every BMP code unit, filled lazily (0 = not yet known). */
const CLASS = new Uint8Array(0x10000);

function computeClass(cp: number): number {
  // A lone surrogate is a code point of its own in a /u regex: neither upper nor a letter.
  const s = String.fromCodePoint(cp);
  return KNOWN | (UPPER_RE.test(s) ? UPPER : 0) | (NAME_CHAR_RE.test(s) ? NAME_CHAR : 0);
}

function classOf(cp: number): number {
  if (cp > 0xffff) return computeClass(cp); // astral letters are rare: no table
  let k = CLASS[cp];
  if (k === 0) {
    k = computeClass(cp);
    CLASS[cp] = k;
  }
  return k;
}

/** The code point at `i`: a surrogate pair counts as one, as in a /u regex. */
function codePointAt(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Hash (see WordTable) of the run nameCharsEnd last scanned, seeded with the hash of
 *  the characters before it: the word's hash comes out of the scan that finds it. */
let runHash = 0;

/** End of the run of letters, marks and digits starting at `i`; `h` is the hash of the
 *  token so far, continued over the run into runHash. */
function nameCharsEnd(text: string, i: number, h: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) { h = (Math.imul(h, 31) + c) | 0; i++; continue; }
      break;
    }
    const cp = codePointAt(text, i, c);
    if ((classOf(cp) & NAME_CHAR) === 0) break;
    h = (Math.imul(h, 31) + c) | 0;
    if (cp > 0xffff) h = (Math.imul(h, 31) + text.charCodeAt(i + 1)) | 0;
    i += cp > 0xffff ? 2 : 1;
  }
  runHash = h;
  return i;
}

export function capitalisedTokens(text: string): Token[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const count = capitalisedSpans(text, starts, ends);
  return starts.slice(0, count).map((start, i) => ({ start, end: ends[i] }));
}

/** The same tokens as `capitalisedTokens` in two flat arrays (token k is [starts[k],
 *  ends[k])), written from index 0, with `hashes[k]` = spanHash of the token when
 *  given; returns how many. The recognizer's form: no object
 *  per token, and arrays it reuses from one paragraph to the next (entries past the
 *  count are left over from earlier paragraphs). */
export function capitalisedSpans(text: string, starts: number[], ends: number[], hashes?: number[]): number {
  const n = text.length;
  let count = 0;
  let k = 0;
  while (k < n) {
    // Most characters are lower-case letters, digits, spaces and punctuation: the regex
    // skips them natively (about twice as fast as a charCodeAt loop, and test() with
    // lastIndex allocates nothing). What it stops at is classified below as before.
    MAY_START.lastIndex = k;
    if (!MAY_START.test(text)) break;
    k = MAY_START.lastIndex - 1;
    const c = text.charCodeAt(k);
    let width = 1;
    if (c >= 128) {
      const cp = codePointAt(text, k, c);
      if (cp > 0xffff) width = 2;
      if ((classOf(cp) & UPPER) === 0) { k += width; continue; }
    }
    const start = k;
    let h = c;
    if (width === 2) h = (Math.imul(h, 31) + text.charCodeAt(k + 1)) | 0;
    let end = nameCharsEnd(text, k + width, h);
    h = runHash;
    k = end;
    // "iPhone": a capital inside a word does not start a token (nor does the rest of it).
    if (start > 0) {
      const b = text.charCodeAt(start - 1);
      if (b < 128 ? (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) : isWordChar(b)) continue;
    }
    const next = text.charCodeAt(end);
    if ((next === 39 || next === 0x2019) && LETTER.test(text.charAt(end + 1))) {
      // "O'Brien", "Ma’ruf": the apostrophe and the letters after it belong to the word.
      end += 2;
      while (end < n && isWordChar(text.charCodeAt(end))) end++;
      k = end;
      h = spanHash(text, start, end);
    } else if (next === 46) {
      const d = DOMAIN.exec(text.slice(end, end + 8));
      if (d) {
        end += d[0].length;
        k = end;
        h = spanHash(text, start, end);
      }
    }
    starts[count] = start;
    ends[count] = end;
    if (hashes) hashes[count] = h;
    count++;
  }
  return count;
}
