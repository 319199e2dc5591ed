// "Pengprov IMI Riau", "PP Perpani", "PB PASI", "DPD Partai Golkar Jawa Timur", "DPC Organda …":
// a mass organisation's or a sports federation's board of one level, written short before the
// organisation's name, is named with it, and stands for the organisation (the annotation
// takes the whole span, the organisation's canonical name). The rules read the short level
// apart ("DPD", the regional senate to the KB) or not at all ("Pengprov"), and a federation's
// name written as a word after it ("Perpani") as a person's.
import type { LocalMention } from '../mention';
import { LEADING_REGION_PREFIX } from '../regional-names';

/** Boards' levels written short: central (PB, PP, DPP), provincial (Pengprov, DPD, DPW, Pengda,
 *  Pengwil), regency or city (Pengkab, Pengkot, Pengcab, DPC). */
const BOARD_LEVELS = new Set(['PB', 'PP', 'DPP', 'Pengprov', 'Pengda', 'Pengwil', 'DPD', 'DPW', 'Pengkab', 'Pengkot', 'Pengcab', 'DPC']);
const LONGEST_LEVEL = 8;

/** Widens, in `out` (sorted, non-overlapping), each organisation (or one capitalised word read
 *  as a person) written right after a board's level to take the level in, dropping a mention
 *  of the level alone. */
export function boardPrefixes(p: string, out: LocalMention[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (m.start < 3 || p.charCodeAt(m.start - 1) !== 32) continue;
    const from = p.lastIndexOf(' ', m.start - 2) + 1;
    if (m.start - 1 - from > LONGEST_LEVEL || !BOARD_LEVELS.has(p.slice(from, m.start - 1))) continue;
    if (from > 0 && !/[\s("“]/.test(p[from - 1])) continue;
    // ("PP Perpani": the federation's name as a word, read as a person's; not "PP Budi Santoso")
    if (m.type === 'PER' && (m.source === 'kb' || p.lastIndexOf(' ', m.end - 1) >= m.start)) continue;
    if (m.type !== 'ORG' && m.type !== 'PER') continue;
    const prev = k > 0 ? out[k - 1] : undefined;
    if (prev !== undefined && prev.end > from) {
      // only a mention of the level alone gives way
      if (prev.start !== from || prev.end !== m.start - 1) continue;
      out.splice(k - 1, 1);
      k--;
    }
    // (a name with an identity keeps it; one written as it stands is written with its level)
    const asWritten = m.canonical === p.slice(m.start, m.end);
    m.start = from;
    m.type = 'ORG';
    if (m.source === 'weak') m.source = 'pattern'; // the level is the clue a lone word lacked
    if (asWritten) m.canonical = p.slice(from, m.end);
    // "DPC Organda Kota Pekanbaru": a board of a regency's or a city's level is named with its
    // region, written with its prefix right after the organisation; the place was read alone.
    const next = out[k + 1];
    if (asWritten && next !== undefined && next.type === 'GPE' && next.start === m.end + 1 && p.charCodeAt(m.end) === 32 &&
        LEADING_REGION_PREFIX.test(p.slice(next.start, next.end))) {
      m.end = next.end;
      m.canonical = p.slice(from, m.end);
      out.splice(k + 1, 1);
    }
  }
}
