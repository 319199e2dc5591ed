// "County Montserrado" once, then "Montserrado": a foreign subdivision written once with its
// Indonesian designator and named bare elsewhere in the article is the same subdivision,
// "Montserrado County" throughout (the sets' convention: "Malaita" after "Provinsi Malaita"
// is Malaita Province, "Kano" in the headline of a report on "Negara Bagian Kano" is Kano
// State). The designated mention carries its English title (the KB's, or composed by
// rules/named-place.ts and foreign-titles.ts); a bare mention the KB does not know takes it.
// A place the KB knows by the bare name keeps its own identity (a city sharing the name).
import type { ActorMention } from './types';

/** Designators of foreign subdivisions whose English titles put a word after the name
 *  ("Montserrado County", "Kano State", "Temotu Province", "Basra Governorate", "Aichi
 *  Prefecture"). Indonesian regions keep their own names and never end so. */
const DESIGNATOR = /^(?:Provinsi|County|Negara Bagian|Kegubernuran|Prefektur) (.+)$/;

/** Gives the bare, unlinked place mentions among `ms` (`kept`) the identity of the article's
 *  subdivision of that name written with its designator. */
export function barePlacesToTheirSubdivision(ms: ActorMention[], kept: (k: number) => boolean): void {
  const titled = new Map<string, ActorMention>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'GPE' || !kept(k)) continue;
    const own = DESIGNATOR.exec(m.text)?.[1];
    // (a title that is the name and a word after it: "Maysan Governorate", not "Jawa Tengah")
    if (own !== undefined && m.canonical.startsWith(`${own} `) && !titled.has(own)) titled.set(own, m);
  }
  if (titled.size === 0) return;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'GPE' || m.entityId !== undefined || m.canonical !== m.text || !kept(k)) continue;
    const subdivision = titled.get(m.text);
    if (subdivision === undefined) continue;
    m.canonical = subdivision.canonical;
    if (subdivision.entityId !== undefined) m.entityId = subdivision.entityId;
  }
}
