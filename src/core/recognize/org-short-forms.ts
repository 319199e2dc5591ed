// "Komisi II Dewan Perwakilan Rakyat Daerah Kalimantan Timur mengundang … Ketua Komisi II,
// Sapto, …" (link pass, eleventh dev batch): an organisation the KB does not know, named
// by the first words of a fuller organisation's name in the same article, is that
// organisation, as an unknown person's surname is the full name the article gave.
import type { ActorMention } from './types';

/** Gives each unknown organisation (`unknown(k)`: found by no KB entry and named as
 *  written) of two words or more the identity of the fuller organisation names that start
 *  with it; none when those differ in identity. Names are compared single-spaced, as
 *  identities are ("Komisi\u00a0II" as written is "Komisi II"). */
export function resolveShortOrganisationNames(ms: ActorMention[], unknown: (k: number) => boolean): void {
  // Every proper prefix of two words or more of each distinct name, with the mention whose
  // identity it would take (null: fuller names of two identities). One lookup per short
  // name, and each distinct name read once: a long text repeats most names many times.
  let prefixes: Map<string, ActorMention | null> | undefined;
  // Each distinct name whole, for a short head written over all of it ("Gapoktan Sri
  // Rejeki" after "Gabungan Kelompok Tani Sri Rejeki"). Apart from the prefixes: a name
  // that is itself a prefix of a longer one must not make that prefix ambiguous.
  const wholes = new Map<string, ActorMention>();
  // Water utilities by their name after the legal form.
  let utilities: Map<string, ActorMention> | undefined;
  let seen: Set<string> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG') continue;
    const name = m.text;
    seen ??= new Set();
    if (seen.has(name)) continue;
    seen.add(name);
    wholes.set(name, m);
    for (let sp = name.indexOf(' ', name.indexOf(' ') + 1); sp > 0; sp = name.indexOf(' ', sp + 1)) fileShortName(prefixes ??= new Map(), name.slice(0, sp), m);
    // "PT Irama Deli Kreasindo … Direktur Irama Deli", "Perumda Air Minum Tirta Lontar …
    // jaringan Tirta Lontar": the name after its legal form, or its leading words (two or
    // more: one word alone is too often a person's or a place's name).
    const head = LEGAL_HEAD.exec(name);
    if (head === null) continue;
    const core = name.slice(head[0].length);
    for (let sp = core.indexOf(' ', core.indexOf(' ') + 1); sp > 0; sp = core.indexOf(' ', sp + 1)) fileShortName(prefixes ??= new Map(), core.slice(0, sp), m);
    // The whole name after a water utility's head: "Tirta Lontar". (Not after a company's:
    // "Pupuk Indonesia" for "PT Pupuk Indonesia (Persero)" is often the company's own
    // identity, the legal form a matter of the mention.)
    if (UTILITY_HEAD.test(head[0]) && core.indexOf(' ') > 0) {
      fileShortName(prefixes ??= new Map(), core, m);
      (utilities ??= new Map()).set(core, m);
    }
  }
  if (prefixes === undefined) return;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG') {
      // "Perumda Air Minum Tirta Lontar … jaringan Tirta Lontar": a water utility's name
      // after its head, read as a person's two words, is the utility named before (dev d304).
      if (m.type === 'PER' && utilities !== undefined && unknown(k)) {
        const utility = utilities.get(m.text);
        if (utility !== undefined && utility.start < m.start) { m.type = 'ORG'; m.canonical = utility.canonical; m.entityId = utility.entityId; }
        continue;
      }
      // "Bintang Timur FC … Bintang Timur juga membebastugaskan …": a name written as the
      // identity of an organisation named in full before is that organisation, whatever the
      // words alone looked like (a place, for the direction in it; recog37, d173).
      if (m.type === 'GPE' && unknown(k) && m.text.indexOf(' ') > 0) {
        const org = identities(ms).get(m.text);
        if (org !== undefined && org.start < m.start) { m.type = 'ORG'; m.canonical = org.canonical; m.entityId = org.entityId; }
      }
      continue;
    }
    const name = m.text;
    if (m.canonical !== name || name.indexOf(' ') < 0 || !unknown(k)) continue;
    // The whole name the short head writes out before the longer names that start with it.
    const long = withLongHead(name);
    const full = prefixes.get(name) ?? wholes.get(long) ?? prefixes.get(long);
    if (full === undefined || full === null) continue;
    m.canonical = full.canonical;
    m.entityId = full.entityId;
  }
}

/** Files `m` as the organisation named by `short`; null where two identities share it. */
function fileShortName(prefixes: Map<string, ActorMention | null>, short: string, m: ActorMention): void {
  const had = prefixes.get(short);
  if (had === undefined) prefixes.set(short, m);
  else if (had !== null && had.canonical !== m.canonical) prefixes.set(short, null);
}

/** Legal forms an organisation's name opens with and the article drops once it has written
 *  them: a limited company ("PT", "CV"), a regional water utility ("PDAM", "Perumda",
 *  "Perumda Air Minum": "Tirta Lontar" for "Perumda Air Minum Tirta Lontar"). */
/** A company's name: "PT …", "CV …" (a company stays itself where a body's branch would
 *  take a region: bare-regional-body.ts, regional-acronym-body.ts). */
export const COMPANY_NAME = /^(?:PT|CV) /;
const LEGAL_HEAD = /^(?:PT|CV|PDAM|Perumda(?: Air Minum)?|Perusahaan Umum Daerah Air Minum) /;
/** The water utilities' heads: the name after them, written alone, is the utility even where
 *  the paragraph pass read it as a person ("Tirta Lontar": such names are no person's). */
const UTILITY_HEAD = /^(?:PDAM|Perumda|Perusahaan Umum Daerah)/;

/** Heads Indonesian news shortens once it has written a body's full name ("Satuan Tugas
 *  Antimafia Bola Polri … Satgas Antimafia Bola": recog37, d173). Not regional-names.ts's
 *  REGIONAL_SHORT_HEADS: those name a regional government's body, whose region takes its
 *  prefix there; these only find the full name the article wrote before. */
const NATIONAL_SHORT_HEADS: ReadonlyMap<string, string> = new Map([
  ['Satgas', 'Satuan Tugas'], ['Ditjen', 'Direktorat Jenderal'], ['Kanwil', 'Kantor Wilayah'], ['Puslit', 'Pusat Penelitian'],
  // Cooperatives and farmers' groups (issue 13, d490: "Kopontren Darul Falah" for the
  // pesantren cooperative named in full; d240's savings cooperative "KSP …").
  ['Kopontren', 'Koperasi Pondok Pesantren'], ['KUD', 'Koperasi Unit Desa'], ['KSP', 'Koperasi Simpan Pinjam'],
  ['Gapoktan', 'Gabungan Kelompok Tani'], ['Poktan', 'Kelompok Tani'],
]);

/** `name` with its short head written out, or '' when it has none. */
function withLongHead(name: string): string {
  const sp = name.indexOf(' ');
  const long = sp > 0 ? NATIONAL_SHORT_HEADS.get(name.slice(0, sp)) : undefined;
  return long === undefined ? '' : `${long}${name.slice(sp)}`;
}

/** Organisations whose identity differs from the name as written (a club without its
 *  "FC"), by identity: built once per article, only when a place of several words asks. */
const IDENTITIES = new WeakMap<ActorMention[], Map<string, ActorMention>>();
function identities(ms: ActorMention[]): Map<string, ActorMention> {
  let map = IDENTITIES.get(ms);
  if (map !== undefined) return map;
  map = new Map();
  for (const m of ms) if (m.type === 'ORG' && m.canonical.indexOf(' ') > 0 && m.canonical !== m.text && !map.has(m.canonical)) map.set(m.canonical, m);
  IDENTITIES.set(ms, map);
  return map;
}
