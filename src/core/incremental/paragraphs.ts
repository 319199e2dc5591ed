/** Paragraph segmentation used by the incremental analyzer. News articles put one
 *  paragraph per line (headline, dateline paragraph, body, "Baca juga:" lines, credits),
 *  and a quote never runs across a line break (a multi-paragraph quote is one quote per
 *  paragraph), so a line is the natural unit of re-analysis. */
export interface Paragraph {
  start: number;
  /** Exclusive; the line break is not part of the paragraph. */
  end: number;
}

/** Splits on \n, \r\n and \r. Empty lines are kept as empty paragraphs so that
 *  paragraph i always starts right after the break that ends paragraph i-1. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push({ start, end: n });
  return out;
}
