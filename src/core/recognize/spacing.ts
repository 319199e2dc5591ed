// Odd spacing inside names: a no-break space, two spaces, a tab, a thin space (issue 13,
// pattern 11: "Dmitry  Peskov", "Johari\u00a0Abdul Ghani"). Feeds deliver these at random;
// the rules should not have to know. The actor pass reads a paragraph that has any
// between the words of a name with every run of blanks made one plain space, and
// carries the mentions' offsets back to the paragraph as written.

/** Blank characters other than a single plain space, and two plain spaces in a row. */
const ODD_BLANK = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}/;

/** A blank other than the plain space: tab, no-break, typographic and ideographic spaces. */
export function isOddBlank(c: number): boolean {
  return c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isBlank(c: number): boolean {
  return c === 32 || isOddBlank(c);
}

/** A paragraph respaced, and for each of its characters the offset it came from. */
export interface Respaced {
  text: string;
  from: Int32Array;
}

/** `p` with every run of blanks made one plain space, or undefined when `p` has only
 *  single plain spaces (nearly every paragraph: one regex test decides). */
export function respace(p: string): Respaced | undefined {
  if (!ODD_BLANK.test(p)) return undefined;
  const from = new Int32Array(p.length);
  const parts: string[] = [];
  let n = 0;
  let copyFrom = 0;
  for (let i = 0; i < p.length;) {
    if (!isBlank(p.charCodeAt(i))) { from[n++] = i++; continue; }
    let j = i + 1;
    while (j < p.length && isBlank(p.charCodeAt(j))) j++;
    if (j === i + 1 && p.charCodeAt(i) === 32) { from[n++] = i++; continue; }
    parts.push(p.slice(copyFrom, i), ' ');
    from[n++] = i;
    copyFrom = j;
    i = j;
  }
  parts.push(p.slice(copyFrom));
  return { text: parts.join(''), from: from.subarray(0, n) };
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

const SPACE_RUN = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** A name's identity does not depend on how its gaps were typed: "Johari\u00a0Abdul",
 *  "Rina  Puspa" are "Johari Abdul", "Rina Puspa". */
export function singleSpaced(s: string): string {
  return ODD_BLANK.test(s) ? s.replace(SPACE_RUN, ' ') : s;
}
