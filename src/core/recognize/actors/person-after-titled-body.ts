// "Anggota Fraksi PDI Perjuangan Jawilo meragukan …", "Kepala BNN Marthinus menjelaskan …":
// Indonesian news writes a person's role, the body the role is in and the name with nothing
// between them. A run of several words after the body is taken as a person anyway; one
// word stayed weak (kept only if the article confirmed it elsewhere) and was lost (issue 13's
// leftover "role + organisation + person runs", recog37). One word right after a body that a
// title opens is that title's holder when a verb or a comma follows. So is a run of several
// words (speakers46, d304): the name model read "Direktur Utama Perumda … Agustina Ndolu Pello
// mengakui" as a second organisation, and every answer of her interview went to the company.
import { TITLE_HEAD_WORDS } from '../lexicon';
import { isUpper, wordAfter, wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import type { Ctx } from './ctx';

/** Words opening a part of a body written after it ("Unit Usaha Syariah", "Kantor Cabang
 *  Utama", "Divisi Keuangan"): a run of words they open continues the body. */
const BODY_PART_WORDS = new LowerWordSet(['unit', 'kantor', 'cabang', 'divisi', 'bagian', 'wilayah', 'regional', 'area', 'sektor', 'satuan', 'biro', 'seksi', 'bidang', 'departemen', 'direktorat']);

/** Capitalised words looked at between the title and the body ("Fraksi", "Komisi IV"). */
const BETWEEN = 2;

/** The name [start, end) (one word or more) follows, after one space, an organisation mention that a
 *  title word opens, and a lower-case word or a comma follows it. */
export function holderAfterTitledBody(ctx: Ctx, start: number, end: number): boolean {
  const { p, out } = ctx;
  // ("Direktur Utama Bank Sumut Unit Usaha Syariah": a part of the body, no holder)
  const first = wordAfter(p, start, end);
  if (first !== null && first.end < end && BODY_PART_WORDS.hasAt(p, first.start, first.end)) return false;
  const body = out.length > 0 ? out[out.length - 1] : undefined;
  if (body === undefined || body.type !== 'ORG' || body.end !== start - 1 || p.charCodeAt(body.end) !== 32) return false;
  if (p.charCodeAt(end) !== 44) {
    const next = wordAfter(p, end);
    if (next === null || next.start !== end + 1 || isUpper(p.charCodeAt(next.start))) return false;
  }
  let pos = body.start;
  for (let k = 0; k <= BETWEEN; k++) {
    const w = wordBefore(p, pos);
    if (w === null || w.end !== pos - 1) return false;
    if (TITLE_HEAD_WORDS.hasAt(p, w.start, w.end)) return true;
    if (!isUpper(p.charCodeAt(w.start))) return false;
    pos = w.start;
  }
  return false;
}
