// Words of a mention's text (a name read by the recognizer: words separated by blanks),
// for the rules that cut a name into its parts (company-lead-name.ts, sport-clubs.ts).
import { isBlank } from './chars';

/** Offset of the first blank at or after `from` in `s`, or -1. */
export function blankIn(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (isBlank(s.charCodeAt(i))) return i;
  return -1;
}

/** How many blanks `s` has, counted up to `atMost` (then it stops reading): the words of a
 *  name less one ("has a blank": `countBlanks(s, 1) > 0`, "two words": `countBlanks(s, 2)
 *  === 1`). A loop, not a split or indexOf calls: it runs for every mention of an article. */
export function countBlanks(s: string, atMost = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n < atMost; i++) if (isBlank(s.charCodeAt(i))) n++;
  return n;
}

/** The words of `s`, split at spaces, tabs and no-break spaces. */
export function wordsOf(s: string): string[] {
  return s.split(/[ \t\u00a0]+/);
}

/** The word opens with an ASCII capital (A-Z): the rules that use it read Indonesian names,
 *  and their outputs were measured with this test (chars.ts's isUpper takes any letter's). */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Offset of word `n` (0-based) in `s`. */
export function offsetOfWord(s: string, n: number): number {
  let at = 0;
  for (let w = 0; w < n; w++) {
    while (at < s.length && !isBlank(s.charCodeAt(at))) at++;
    while (at < s.length && isBlank(s.charCodeAt(at))) at++;
  }
  return at;
}

/** Offset just after word `n` (0-based) in `s`. */
export function endOfWord(s: string, n: number): number {
  let at = offsetOfWord(s, n);
  while (at < s.length && !isBlank(s.charCodeAt(at))) at++;
  return at;
}
