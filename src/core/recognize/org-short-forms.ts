// "Komisi II Dewan Perwakilan Rakyat Daerah Kalimantan Timur memanggil … Ketua Komisi II,
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
  let seen: Set<string> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG') continue;
    const name = m.text;
    seen ??= new Set();
    if (seen.has(name)) continue;
    seen.add(name);
    for (let sp = name.indexOf(' ', name.indexOf(' ') + 1); sp > 0; sp = name.indexOf(' ', sp + 1)) {
      const prefix = name.slice(0, sp);
      prefixes ??= new Map();
      const had = prefixes.get(prefix);
      if (had === undefined) prefixes.set(prefix, m);
      else if (had !== null && had.canonical !== m.canonical) prefixes.set(prefix, null);
    }
  }
  if (prefixes === undefined) return;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    // "Bintang Timur FC … Bintang Timur juga membebastugaskan …": a name written as the
    // identity of an organisation named in full before is that organisation, whatever the
    // words alone looked like (a place, for the direction in it; recog37, d173).
    if (m.type !== 'ORG') {
      if (m.type === 'GPE' && unknown(k) && m.text.indexOf(' ') > 0) {
        const org = identities(ms).get(m.text);
        if (org !== undefined && org.start < m.start) { m.type = 'ORG'; m.canonical = org.canonical; m.entityId = org.entityId; }
      }
      continue;
    }
    const name = m.text;
    if (m.canonical !== name || name.indexOf(' ') < 0 || !unknown(k)) continue;
    const full = prefixes.get(name) ?? prefixes.get(withLongHead(name));
    if (full === undefined || full === null) continue;
    m.canonical = full.canonical;
    m.entityId = full.entityId;
  }
}

/** Heads Indonesian news shortens once it has written a body's full name ("Satuan Tugas
 *  Antimafia Bola Polri … Satgas Antimafia Bola": recog37, d173). Not regional-names.ts's
 *  REGIONAL_SHORT_HEADS: those name a regional government's body, whose region takes its
 *  prefix there; these only find the full name the article wrote before. */
const NATIONAL_SHORT_HEADS: ReadonlyMap<string, string> = new Map([
  ['Satgas', 'Satuan Tugas'], ['Ditjen', 'Direktorat Jenderal'], ['Kanwil', 'Kantor Wilayah'], ['Puslit', 'Pusat Penelitian'],
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
