// "Pengprov IMI Riau", "PP Perpani", "PB PASI", "DPD Partai Golkar Jawa Timur", "DPC Organda …":
// a mass organisation's or a sports federation's board of one level, written short before the
// organisation's name, is named with it, and stands for the organisation: the annotation
// takes the whole span, and the identity is the organisation's (eval/README.md: a federation's
// "Pengurus Pusat"/"Pengurus Besar" takes the federation's identity, "PP Perpani" → Persatuan
// Panahan Indonesia; a branch board the association's regional one). So the level is never
// written into the identity, short or in full ("Pengurus Pusat Persatuan Panahan Indonesia").
// The rules read the short level apart ("DPD", the regional senate to the KB) or not at all
// ("Pengprov"), and a federation's name written as a word after it ("Perpani") as a person's.
// Only a sports federation's level takes such a word in: "PP" and "DPD" are also a government
// regulation ("PP Nomor 28", "PP Tunas"), the regional senate ("Anggota DPD Fahira") and a
// unit ("Kasatpol PP Budi"), and a word after them is a person's name or a regulation's
// (session 48 review), so such a word, or one the rules found with no clue ('weak': "Tunas"),
// is taken in only when it reads as no person's name.
import type { LocalMention } from '../mention';
import { classProbs, nameScorer, ORG, PER } from '../name-model';
import { ASSOCIATION_HEADS, BOARD_LEVELS } from '../lexicon';
import { LEADING_REGION_PREFIX } from '../regional-names';

/** Boards' levels written short: central (PB, PP, DPP), provincial (Pengprov, DPD, DPW, Pengda,
 *  Pengwil; PW, a mass organisation's "Pimpinan Wilayah": "PW Muhammadiyah Jawa Timur", fix49a),
 *  regency or city (Pengkab, Pengkot, Pengcab, DPC). */
const SHORT_BOARD_LEVELS = new Set(['PB', 'PP', 'DPP', 'Pengprov', 'Pengda', 'Pengwil', 'DPD', 'DPW', 'PW', 'Pengkab', 'Pengkot', 'Pengcab', 'DPC']);
const LONGEST_LEVEL = 8;
/** A sports federation's levels: after these only, a lone word read as a person's may be the
 *  federation ("PP Perpani", "Pengprov Perbasi"); never after a party's or a council's. */
const FEDERATION_LEVELS = new Set(['PB', 'PP', 'Pengprov', 'Pengda', 'Pengwil', 'Pengkab', 'Pengkot', 'Pengcab']);
/** "Kasatpol PP", "Satpol PP": the civil-service police, whose "PP" is no board's level. */
const UNIT_BEFORE_PP = /(?:^|[\s(])(?:Ka)?[Ss]atpol $/;
/** A board's level written out (lexicon BOARD_LEVELS), central ("Pengurus Pusat Persatuan
 *  Panahan Indonesia") or regional ("Pengurus Daerah Ikatan Bidan Indonesia Sulawesi Tengah"). */
const WRITTEN_LEVEL = new RegExp(`^Pengurus (?:${[...BOARD_LEVELS].map((w) => w[0].toUpperCase() + w.slice(1)).join('|')}) `);
/** A central board's level before a national federation named by one word and "Indonesia". */
const CENTRAL_LEVEL_BEFORE_SPORT = /^(?:Pengurus (?:Besar|Pusat)|PB|PP) (?=\p{Lu}\p{Ll}+ Indonesia$)/u;
const PROBS = classProbs();

/** Widens, in `out` (sorted, non-overlapping), each organisation (or one capitalised word read
 *  as a person) written right after a board's level to take the level in, dropping a mention
 *  of the level alone. */
export function boardPrefixes(p: string, out: LocalMention[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (m.type === 'ORG' && m.canonical === p.slice(m.start, m.end)) m.canonical = withoutWrittenLevel(m.canonical, m.source === 'kb');
    if (m.start < 3 || p.charCodeAt(m.start - 1) !== 32) continue;
    const from = p.lastIndexOf(' ', m.start - 2) + 1;
    if (m.start - 1 - from > LONGEST_LEVEL || !SHORT_BOARD_LEVELS.has(p.slice(from, m.start - 1))) continue;
    if (from > 0 && !/[\s("“]/.test(p[from - 1])) continue;
    if (startsNumber(p, m.start)) continue;
    const level = p.slice(from, m.start - 1);
    // (a lone word read as a person's, or found with no clue at all, only as a federation's name)
    if ((m.type === 'PER' || m.source === 'weak') && !federationWord(p, from, level, m)) continue;
    if (m.type !== 'ORG' && m.type !== 'PER') continue;
    const prev = k > 0 ? out[k - 1] : undefined;
    if (prev !== undefined && prev.end > from) {
      // only a mention of the level alone gives way
      if (prev.start !== from || prev.end !== m.start - 1) continue;
      out.splice(k - 1, 1);
      k--;
    }
    // (the identity stays the organisation's, the level apart)
    const asWritten = m.canonical === p.slice(m.start, m.end);
    m.start = from;
    m.type = 'ORG';
    if (m.source === 'weak') m.source = 'pattern'; // the level is the clue a lone word lacked
    // "DPC Organda Kota Pekanbaru": a board of a regency's or a city's level is named with its
    // region, written with its prefix right after the organisation; the place was read alone.
    // (an organisation named as written takes the region into its identity, the level apart)
    const next = out[k + 1];
    if (next !== undefined && next.type === 'GPE' && next.start === m.end + 1 && p.charCodeAt(m.end) === 32 &&
        LEADING_REGION_PREFIX.test(p.slice(next.start, next.end))) {
      if (asWritten) m.canonical = `${m.canonical} ${p.slice(next.start, next.end)}`;
      m.end = next.end;
      out.splice(k + 1, 1);
    }
  }
}

/** The one word `m`, read as a person's, after `level` at `from` is a federation's name
 *  ("PP Perpani", "PB PASI"): the level is a federation's, no unit's ("Kasatpol PP"), and the
 *  word is in capitals or the name model reads it alone as an organisation's rather than a
 *  person's ("PP Budi", "PP Sinaga": a person, or initials). */
function federationWord(p: string, from: number, level: string, m: LocalMention): boolean {
  if (m.source === 'kb' || p.lastIndexOf(' ', m.end - 1) >= m.start || !FEDERATION_LEVELS.has(level)) return false;
  if (level === 'PP' && UNIT_BEFORE_PP.test(p.slice(Math.max(0, from - 9), from))) return false;
  const word = p.slice(m.start, m.end);
  if (word === word.toUpperCase()) return true;
  const probs = nameScorer().score([word], [], [], PROBS);
  return probs[ORG] > probs[PER];
}

/** `name` without a level written out before an association's name ("Pengurus Pusat
 *  Persatuan Panahan Indonesia" → "Persatuan Panahan Indonesia"; a branch board the
 *  association's regional one: "Pengurus Daerah Ikatan Bidan Indonesia Sulawesi Tengah" →
 *  "Ikatan Bidan Indonesia Sulawesi Tengah"); a body whose own name opens with the words
 *  keeps them ("Pengurus Besar Esports Indonesia"), and so does a mass organisation's board,
 *  which is no association ("Pengurus Wilayah Nahdlatul Ulama Jawa Timur"). A central level
 *  before a national federation named for its sport is left out unless the KB found the name
 *  (`known`): "PB Akuatik Indonesia" → "Akuatik Indonesia". */
function withoutWrittenLevel(name: string, known: boolean): string {
  // "Pengurus Besar Wushu Indonesia", "PB Akuatik Indonesia": a national federation named for
  // its sport (eval/README.md, dev d436, d439); a body whose own name opens with the level is
  // the KB's ("Pengurus Besar Esports Indonesia").
  const central = known ? null : CENTRAL_LEVEL_BEFORE_SPORT.exec(name);
  if (central !== null) return name.slice(central[0].length);
  const level = WRITTEN_LEVEL.exec(name);
  if (level === null) return name;
  const rest = name.slice(level[0].length);
  const head = rest.slice(0, rest.indexOf(' ')).toLowerCase();
  return ASSOCIATION_HEADS.has(head) ? rest : name;
}

/** "PP Nomor 28", "PP No. 5", "PP 71/2019": a regulation's number follows, no body's name. */
function startsNumber(p: string, at: number): boolean {
  const c = p.charCodeAt(at);
  return (c >= 48 && c <= 57) || /^(?:Nomor|No\.?)\b/.test(p.slice(at, at + 6));
}
