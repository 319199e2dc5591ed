// "DPC Organda Kota Pekanbaru", "DPD Gapensi Kabupaten Kampar", "PC PMII Kota Malang": an
// association's branch board is written as its level (DPC, DPD, DPW, PC, PW, Pengcab …), the
// association's short name and the branch's region. The rules read the level alone (or as the
// regional senate, "DPD"), the short name as a person's or as nothing, and the region apart
// (session 48: "DPC" + the city). One capitalised word between a board's level and a region is
// the association's name, whichever association: the span is one organisation. (A known
// association, "DPW Apindo Jawa Tengah", is read by kb-name.ts and board-prefix.ts.)
import type { LocalMention } from '../mention';

/** A board's level and one capitalised word, ending right before a region. */
const LEVEL_AND_WORD = /(?:^|[\s("“])(DPC|DPD|DPW|PC|PW|Pengcab|Pengkab|Pengkot|Pengprov|Pengda|Pengwil) (\p{Lu}[\p{L}\p{N}-]*) $/u;

/** Levels that are also common abbreviations ("PC", personal computer), which take an
 *  association written as an acronym only. Not "PW" (Pimpinan Wilayah, no other reading in
 *  news): "PW Ansor Jawa Tengah", "PW Fatayat Jawa Barat" (review49b). */
const AMBIGUOUS_LEVELS = new Set(['PC']);
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;

/** Replaces, in `out` (sorted, non-overlapping), a region read right after a board's level
 *  and one word, together with the level's or the word's mention alone, by one organisation
 *  spanning the three; its identity is the word and the region as written (the level apart,
 *  as board-prefix.ts keeps it). */
export function associationBranches(p: string, out: LocalMention[]): void {
  for (let k = 0; k < out.length; k++) {
    const region = out[k];
    if (region.type !== 'GPE') continue;
    const m = LEVEL_AND_WORD.exec(p.slice(Math.max(0, region.start - 32), region.start));
    // ("PC" is also a personal computer, a brand after it: "penjualan PC Asus Indonesia"; the
    // two-letter levels take an association written as an acronym, "PC PMII", "PW IPNU")
    if (m === null || (AMBIGUOUS_LEVELS.has(m[1]) && !ACRONYM.test(m[2]))) continue;
    const from = region.start - m[1].length - m[2].length - 2;
    const wordStart = from + m[1].length + 1;
    let first = k;
    let ok = true;
    while (first > 0 && out[first - 1].end > from) {
      const before = out[first - 1];
      // only the level's mention alone and the word's (not a known one: kb-name.ts reads those)
      const level = before.start === from && before.end === wordStart - 1;
      // (or both read as one name, "PC PMII")
      const word = (before.start === wordStart || before.start === from) && before.end === region.start - 1 && before.source !== 'kb';
      if (!level && !word) { ok = false; break; }
      first--;
    }
    if (!ok) continue;
    const branch: LocalMention = {
      start: from, end: region.end, type: 'ORG', canonical: `${m[2]} ${p.slice(region.start, region.end)}`, source: 'pattern',
    };
    out.splice(first, k - first + 1, branch);
    k = first;
  }
}
