// Odd spacing inside names: a no-break space, two spaces, a tab, a thin space (issue 13,
// pattern 11: "Dmitry  Peskov", "Johari\u00a0Abdul Ghani"), and invisible characters web
// pages leave inside words (a soft hyphen). Feeds deliver these at random; the rules should
// not have to know. The article (plain-spaces.ts), or for the windowed analyzer each
// window of paragraphs it links, is read with every run of blanks made one plain space
// and invisible characters left out; the findings' offsets are carried back to the text
// as written. Which characters are blanks and which invisible: text/chars.ts.
import { INVISIBLE_CLASS, isInvisible, isOddBlank, ODD_BLANK_CLASS } from '../text/chars';

/** An odd blank, two plain spaces in a row, or an invisible format character: what
 *  respace changes. */
const ODD_BLANK = new RegExp(`[${ODD_BLANK_CLASS}${INVISIBLE_CLASS}]| {2}`);

function isBlank(c: number): boolean {
  return c === 32 || isOddBlank(c);
}

/** A paragraph respaced, and for each of its characters the offset it came from. */
export interface Respaced {
  text: string;
  from: Int32Array;
}

/** `p` with every run of blanks made one plain space and invisible characters left out,
 *  or undefined when `p` has only single plain spaces and nothing invisible (nearly every
 *  paragraph: one regex test decides). */
export function respace(p: string): Respaced | undefined {
  if (!ODD_BLANK.test(p)) return undefined;
  const from = new Int32Array(p.length);
  const parts: string[] = [];
  let n = 0;
  let copyFrom = 0;
  for (let i = 0; i < p.length;) {
    const c = p.charCodeAt(i);
    if (!isBlank(c) && !isInvisible(c)) { from[n++] = i++; continue; }
    let j = i;
    let blank = false;
    while (j < p.length) {
      const d = p.charCodeAt(j);
      if (isBlank(d)) blank = true;
      else if (!isInvisible(d)) break;
      j++;
    }
    if (j === i + 1 && c === 32) { from[n++] = i++; continue; }
    parts.push(p.slice(copyFrom, i));
    if (blank) {
      parts.push(' ');
      from[n++] = i;
    }
    copyFrom = j;
    i = j;
  }
  parts.push(p.slice(copyFrom));
  return { text: parts.join(''), from: from.subarray(0, n) };
}

/** Whether `c` shows nothing once the text is read single-spaced: a blank (the plain
 *  space included) or an invisible character. A line made only of these is blank there. */
export function showsNothing(c: number): boolean {
  return isBlank(c) || isInvisible(c);
}

/** The respaced offset of original offset `o`: the first respaced character that came
 *  from `o` or after it (a line break, never dropped, maps to itself). */
export function offsetForward(r: Respaced, o: number): number {
  let lo = 0;
  let hi = r.from.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (r.from[mid] < o) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The offset in the original paragraph of a start offset in the respaced one. */
export function startBack(r: Respaced, originalLength: number, s: number): number {
  return s < r.from.length ? r.from[s] : originalLength;
}

/** The offset in the original paragraph of an end offset (exclusive) in the respaced one:
 *  right after the character before it, or the paragraph's end. */
export function endBack(r: Respaced, originalLength: number, e: number): number {
  return e >= r.from.length ? originalLength : e === 0 ? r.from[0] : r.from[e - 1] + 1;
}
