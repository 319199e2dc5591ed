// 'Budi Santoso: "Kami Tidak Takut"', 'Kapolres Soal Tawuran: "Kami Tindak Tegas"': a headline
// quotes after its colon, and in a Title Case headline the quoted words are capitalised too.
// Three or four capitalised words in quotes elsewhere are a title or a coined name's ("Koalisi
// Pihak yang Bersedia", attribution.ts looksLikeName), but a quote that closes a line of its
// own right after a colon is what the line's label said (session 48: such headline quotes were
// found as no quote at all).

/** The quote [start, end) follows ": " and only closing marks or spaces follow it to the end
 *  of the paragraph `p`, which is one line (a headline, no sentence before the colon's label
 *  ends with a dot). */
export function quoteClosingHeadline(p: string, start: number, end: number): boolean {
  if (start < 3 || p.charCodeAt(start - 1) !== 32 || p.charCodeAt(start - 2) !== 58) return false;
  for (let k = end; k < p.length; k++) {
    const c = p.charCodeAt(k);
    if (c !== 32 && c !== 33 && c !== 63 && c !== 0x201d && c !== 34) return false;
  }
  // (a body sentence ends in a dot before its colon: 'Judul bukunya: "Laut Bercerita". …' is
  // caught by the mark after the quote; a line with a sentence end before the label is no headline)
  for (let k = 0; k < start - 2; k++) {
    const c = p.charCodeAt(k);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && p.charCodeAt(k + 1) === 32)) return false;
  }
  return true;
}
