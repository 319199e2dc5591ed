// Paragraph = one line of the article. News text puts each paragraph on its own line
// (with or without a blank line between), and the spec makes a paragraph break a hard
// boundary for quotes, so lines are the unit of per-paragraph analysis and caching.

export interface Range {
  start: number;
  end: number;
}

/** Non-blank lines of `text` as [start, end) ranges, line breaks (\n, \r\n, \r) excluded. */
export function paragraphRanges(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (hasNonSpace(text, start, i)) out.push({ start, end: i });
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return out;
}

function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) return true;
  }
  return false;
}
