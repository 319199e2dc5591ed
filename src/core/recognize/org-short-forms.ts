// "Komisi II Dewan Perwakilan Rakyat Daerah Kalimantan Timur memanggil … Ketua Komisi II,
// Sapto, …" (link pass, eleventh dev batch): an organisation the KB does not know, named
// by the first words of a fuller organisation's name in the same article, is that
// organisation, as an unknown person's surname is the full name the article gave.
import { singleSpaced } from './spacing';
import type { ActorMention } from './types';

/** Longer names looked at per first word: bounds the work on a very long text, where a
 *  first word such as "Kementerian" starts thousands of names. */
const MAX_CANDIDATES = 64;

/** Gives each unknown organisation (`unknown(k)`: found by no KB entry and named as
 *  written) of two words or more the identity of the one fuller organisation name that
 *  starts with it; none when the fuller names that start with it differ in identity. */
export function resolveShortOrganisationNames(ms: ActorMention[], unknown: (k: number) => boolean): void {
  let byFirstWord: Map<string, number[]> | undefined;
  // Names are compared single-spaced, as identities are ("Komisi\u00a0II" as written is
  // "Komisi II").
  const names: string[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const name = m.type === 'ORG' ? singleSpaced(m.text) : '';
    names.push(name);
    const space = name.indexOf(' ');
    if (space < 0) continue;
    byFirstWord ??= new Map();
    const key = name.slice(0, space);
    const list = byFirstWord.get(key);
    if (list === undefined) byFirstWord.set(key, [k]);
    else if (list.length < MAX_CANDIDATES) list.push(k);
  }
  if (byFirstWord === undefined) return;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const name = names[k];
    const space = name.indexOf(' ');
    if (space < 0 || m.canonical !== name || !unknown(k)) continue;
    let full: ActorMention | undefined;
    for (const j of byFirstWord.get(name.slice(0, space)) ?? []) {
      const o = ms[j];
      const other = names[j];
      if (other.length <= name.length + 1 || other.charCodeAt(name.length) !== 32 || !other.startsWith(name)) continue;
      if (full === undefined) full = o;
      else if (full.canonical !== o.canonical) { full = undefined; break; }
    }
    if (full === undefined) continue;
    m.canonical = full.canonical;
    m.entityId = full.entityId;
  }
}
