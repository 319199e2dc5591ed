// "RSUD Sekar Wangi", "RSUP Dr Kariadi", "RSU Negara": Indonesian news writes a hospital's
// type short; the spec names Indonesian institutions by their official name, and the sets
// decided (eval/README.md, "Conventions settled in session 48") that a regional hospital's
// is its name with the type written out: "Rumah Sakit Umum Daerah Sekar Wangi". The rest of
// the name stays as written ("RSUD Kota Mataram" keeps its "Kota": it is the hospital's own
// name, not the city's identity; regional-names.ts). Not written out: "RSIA" (a private
// mother-and-child hospital the gold keeps as written, "RSIA Permata Bunda"). "RSD" is a
// regional hospital ("Rumah Sakit Daerah", d332 "RSD dr. Soebandi") or an emergency one
// ("RSD Wisma Atlet", Rumah Sakit Darurat): it is written out only as the gold does, before a
// doctor's name, which only a regional hospital bears.
import type { ActorMention } from './types';

/** Hospitals' heads as news writes them short, the one list of them (actors/extents.ts,
 *  regional-names.ts read it). */
export const HOSPITAL_ABBREVIATIONS: readonly string[] = ['RSUD', 'RSUP', 'RSU', 'RSD', 'RS', 'RSIA', 'RSJ'];

/** Doctors and heroes whose two-word names well-known state hospitals bear ("RSUP dr. Cipto
 *  Mangunkusumo", "RSUD dr. Zainoel Abidin"): after a title and before a speech verb they are
 *  still the hospital's namesake, not its staff (actors/extents.ts; common knowledge, no article).
 *  Kept here, not in the KB (code49): the KB (src/core/kb, data/kb/*.json) holds entities with
 *  their aliases and a list of non-actors, and no hospital at all; these names are no entity
 *  of their own but a fact about a hospital's name. Their owner would be KB entries for the
 *  hospitals ("RSUP dr. Cipto Mangunkusumo" with its official name and aliases), from which
 *  the namesakes could be read; adding them changes recognition (a KB match and identity for
 *  every such hospital, to be settled against the gold's hospital convention), so it is a
 *  change to measure on its own, not a move. */
const HOSPITAL_NAMESAKES = new Set(['Cipto Mangunkusumo', 'Zainoel Abidin', 'Hasan Sadikin', 'Wahidin Sudirohusodo', 'Saiful Anwar',
  'Mohammad Hoesin', 'Soeradji Tirtonegoro']);
/** `name` (as written after "dr.") is a known hospital's namesake. */
export function isHospitalNamesake(name: string): boolean {
  return HOSPITAL_NAMESAKES.has(name);
}
/** How many words of `words` (written after "dr.") a known namesake opening them takes: 0
 *  for none ("Zainoel Abidin Andi Rahman" opens with a namesake of two). */
export function hospitalNamesakeWords(words: readonly string[]): number {
  return words.length >= 2 && HOSPITAL_NAMESAKES.has(`${words[0]} ${words[1]}`) ? 2 : 0;
}

/** Hospital type abbreviations and the official words they stand for (the gold: d04, d178,
 *  d234 "RSU Negara", d332 "RSD dr. Soebandi", the "RSUP Dr Sardjito" of the old set). */
const HOSPITAL_TYPES: ReadonlyMap<string, string> = new Map([
  ['RSUD', 'Rumah Sakit Umum Daerah'],
  ['RSUP', 'Rumah Sakit Umum Pusat'],
  ['RSU', 'Rumah Sakit Umum'],
  ['RSD', 'Rumah Sakit Daerah'],
]);
/** The abbreviations of a public hospital's type: a regional or state hospital, named after a
 *  person or a place, its city apart ("RSUD dr. Slamet Garut"); a private one ("RSIA Permata
 *  Bunda Pontianak") may carry its city in its name (dev d195). The lead's ruling of session 58
 *  (eval/README.md): a town INSIDE the name, right after the type and followed by more words of
 *  the name, is part of it ("RSUD Cibinong Sehat Sentosa" is one hospital); a town after a
 *  complete name stays apart as before (actors/hospital-town.ts). */
export const PUBLIC_HOSPITAL_TYPES: readonly string[] = [...HOSPITAL_TYPES.keys()];
/** Types whose abbreviation stands for more than one type: written out before a doctor only. */
const AMBIGUOUS_TYPES = new Set(['RSD']);
const DOCTOR_AFTER = /^ (?:dr|drg|Dr)\.? /;

/** `name` with the hospital type abbreviation that opens it written out; `name` itself when
 *  it opens with none or is the bare abbreviation. */
export function spelledOutHospital(name: string): string {
  const sp = name.indexOf(' ');
  if (sp < 0) return name;
  const type = name.slice(0, sp);
  const long = HOSPITAL_TYPES.get(type);
  if (long === undefined || (AMBIGUOUS_TYPES.has(type) && !DOCTOR_AFTER.test(name.slice(sp)))) return name;
  return `${long}${name.slice(sp)}`;
}

/** Gives each organisation among `ms` the KB does not know (`unknown`) whose identity opens
 *  with a hospital type abbreviation the written-out identity. (A KB identity is never
 *  touched: the KB's name is the body's own.) */
export function spellOutHospitals(ms: ActorMention[], unknown: (k: number) => boolean): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    // (the first letters first: nearly every organisation's identity answers "no" at once)
    if (m.type !== 'ORG' || m.canonical.charCodeAt(0) !== 82 /* R */ || m.canonical.charCodeAt(1) !== 83 /* S */ || !unknown(k)) continue;
    m.canonical = spelledOutHospital(m.canonical);
  }
}
