// Odd spacing inside names: a no-break space, two spaces, a tab, a thin space (issue 13,
// pattern 11: "Dmitry  Peskov", "Johari\u00a0Abdul Ghani"), and invisible characters web
// pages leave inside words (a soft hyphen). Feeds deliver these at random; the rules should
// not have to know. The article (plain-spaces.ts), or for the windowed analyzer each
// window of paragraphs it links, is read with every run of blanks made one plain space
// and invisible characters left out; the findings' offsets are carried back to the text
// as written.

/** Blank characters other than a single plain space, two plain spaces in a row, and
 *  invisible format characters (see isInvisible). */
const ODD_BLANK = /[\t\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| {2}/;

/** A blank other than the plain space: tab, no-break, typographic and ideographic spaces,
 *  and the zero-width space (a break between two words that shows no gap). */
function isOddBlank(c: number): boolean {
  return c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isBlank(c: number): boolean {
  return c === 32 || isOddBlank(c);
}

/** Characters that show nothing and that web pages leave inside words: a soft hyphen
 *  ("Kemen\u00adterian"), zero-width joiners, a word joiner, a byte-order mark inside the
 *  text. They split a word for the rules, never for the reader: they are left out. */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
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

const SPACE_RUN = /[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]/g;

/** A name's identity does not depend on how its gaps were typed: "Johari\u00a0Abdul",
 *  "Rina  Puspa" are "Johari Abdul", "Rina Puspa". */
export function singleSpaced(s: string): string {
  return ODD_BLANK.test(s) ? s.replace(SPACE_RUN, ' ') : s;
}
