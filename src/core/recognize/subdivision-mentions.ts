// "County Montserrado" once, then "Montserrado": a foreign subdivision written once with its
// Indonesian designator and named bare elsewhere in the article is the same subdivision,
// "Montserrado County" throughout (the sets' convention: "Malaita" after "Provinsi Malaita"
// is Malaita Province, "Kano" in the headline of a report on "Negara Bagian Kano" is Kano
// State). The designated mention carries its English title (the KB's, or composed by
// rules/named-place.ts and foreign-titles.ts); a bare mention the KB does not know takes it.
// A place the KB knows by the bare name keeps its own identity (a city sharing the name).
// A federation's state written "Negara Bagian X" in a paragraph that names no country (the
// paragraph's country decides it first: rules/federal-state.ts) takes the article's: "Jigawa
// State" in a report that names Nigeria and no other foreign country elsewhere.
import { isCountry } from '../kb/country';
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/types';
import { FOREIGN_DESIGNATORS, foreignPlaceTitle, STATE_DESIGNATOR, STATE_TITLED_FEDERATIONS } from './foreign-titles';
import type { ActorMention } from './types';

const STATE_PREFIX = `${STATE_DESIGNATOR} `;
const INDONESIA = 'Indonesia';

/** Designators of foreign subdivisions whose English titles put a word after the name
 *  ("Montserrado County", "Kano State", "Temotu Province", "Basra Governorate", "Aichi
 *  Prefecture"). Indonesian regions keep their own names and never end so. */
const DESIGNATOR = new RegExp(`^(?:${FOREIGN_DESIGNATORS.map((d) => d.word).join('|')}) (.+)$`);

/** Gives the bare, unlinked place mentions among `ms` (`kept`) the identity of the article's
 *  subdivision of that name written with its designator. `paraOf` is the paragraph of the
 *  mention `k` (the linker's). */
export function barePlacesToTheirSubdivision(ms: ActorMention[], kept: (k: number) => boolean, paraOf: (k: number) => number, kb: KbIndex | undefined): void {
  if (kb !== undefined) statesOfTheArticleFederation(ms, kept, paraOf, kb);
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

/** Titles "Negara Bagian X" the KB does not know, left as written in a paragraph naming no
 *  country, by the one country the article names when that is a federation whose states
 *  English titles "<name> State". */
function statesOfTheArticleFederation(ms: ActorMention[], kept: (k: number) => boolean, paraOf: (k: number) => number, kb: KbIndex): void {
  const states: number[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type === 'GPE' && m.entityId === undefined && m.canonical === m.text && m.text.startsWith(STATE_PREFIX) && kept(k)) states.push(k);
  }
  if (states.length === 0) return;
  let country: KbEntity | undefined;
  const paragraphsWithCountry = new Set<number>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const e = m.type === 'GPE' && m.entityId !== undefined && kept(k) ? kb.byId.get(m.entityId) : undefined;
    // (Indonesia has no states: a report of an Indonesian firm in Kano names both)
    if (e === undefined || !isCountry(e) || e.canonical === INDONESIA) continue;
    if (country !== undefined && country !== e) return;
    country = e;
    paragraphsWithCountry.add(paraOf(k));
  }
  if (country === undefined || !STATE_TITLED_FEDERATIONS.has(country.canonical)) return;
  for (const k of states) {
    if (paragraphsWithCountry.has(paraOf(k))) continue;
    ms[k].canonical = foreignPlaceTitle(ms[k].text, country.canonical, (place) => kb.lookup(place) !== undefined) ?? ms[k].canonical;
  }
}
