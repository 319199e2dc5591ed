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
// A bare place right after a governor's title ("Gubernur Odesa", "pemilihan gubernur Kisumu"),
// a regional administration's ("… Militer Regional Kharkiv") or a lower-case designator
// ("provinsi Surin") names the subdivision the office governs or the word designates, as the
// sets title it ("Odesa Oblast", "Kisumu County", "Kharkiv Oblast", "Surin province"), not the
// city the KB's bare name is (eval/README, "Gubernur Odesa" = Odesa Oblast).
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
export function barePlacesToTheirSubdivision(text: string, ms: ActorMention[], kept: (k: number) => boolean, paraOf: (k: number) => number, kb: KbIndex | undefined): void {
  if (kb !== undefined) statesOfTheArticleFederation(ms, kept, paraOf, kb);
  const titled = new Map<string, ActorMention>();
  if (kb !== undefined) officeSeatsToTheirSubdivision(text, ms, kept, kb, titled);
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

/** The words before a place that make it the subdivision an office governs: a governor's
 *  title (also "Wakil Gubernur", "juru bicara gubernur") and a regional administration's
 *  ("Kepala Administrasi Militer Regional"); capitalised "Provinsi X" is one name
 *  (rules/named-place.ts) and needs none of this. */
const GOVERNING_WORD_BEFORE = /(?:^|[^\p{L}])(?:[Gg]ubernur|Regional) $/u;
/** A lower-case designator before a place ("provinsi Surin", "county Kisumu", "negara bagian
 *  Kano"): the place is the subdivision of that kind. ("wilayah X" is not settled:
 *  eval/README.) */
const LOWER_DESIGNATOR_BEFORE = /(?:^|[^\p{L}])(provinsi|county|oblast|negara bagian|kegubernuran|prefektur) $/u;
/** The designators the KB files a foreign subdivision under ("Provinsi Surin", "County
 *  Kisumu", "Oblast Odesa", "Negara Bagian Kano"; scripts/build-world-regions.mjs KINDS and
 *  gpe-foreign-subdivisions.json), tried in turn after a governor's title. */
const SUBDIVISION_DESIGNATORS = ['Provinsi', 'Oblast', 'County', STATE_DESIGNATOR, 'Kegubernuran', 'Prefektur', 'Departemen', 'Region'];
/** A lower-case designator's form in the KB's aliases ("negara bagian" → "Negara Bagian"). */
const DESIGNATOR_OF_LOWER: ReadonlyMap<string, string> = new Map(SUBDIVISION_DESIGNATORS.map((d) => [d.toLowerCase(), d]));
/** How far back the words before a place are read: the longest, "negara bagian ". */
const BEFORE_REACH = 16;

/** Links the bare places right after a governing word or a lower-case designator to the
 *  foreign subdivision the KB files under a designator and that name, and records each in
 *  `titled` so a bare mention the KB does not know takes it too. An Indonesian province keeps
 *  its identity ("Gubernur Jawa Barat" is Jawa Barat whatever "Provinsi Jawa Barat" links). */
function officeSeatsToTheirSubdivision(text: string, ms: ActorMention[], kept: (k: number) => boolean, kb: KbIndex, titled: Map<string, ActorMention>): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'GPE' || !kept(k)) continue;
    const before = text.slice(Math.max(0, m.start - BEFORE_REACH), m.start);
    const lower = LOWER_DESIGNATOR_BEFORE.exec(before)?.[1];
    if (lower === undefined && !GOVERNING_WORD_BEFORE.test(before)) continue;
    const designators = lower !== undefined ? [DESIGNATOR_OF_LOWER.get(lower) ?? lower] : SUBDIVISION_DESIGNATORS;
    const subdivision = subdivisionNamed(m.text, designators, kb);
    if (subdivision === undefined || subdivision.id === m.entityId || subdivision.description.en.includes(INDONESIA)) continue;
    m.canonical = subdivision.canonical;
    m.entityId = subdivision.id;
    if (!titled.has(m.text)) titled.set(m.text, m);
  }
}

/** The place the KB files as "<designator> <name>" for the first of `designators` it knows. */
function subdivisionNamed(name: string, designators: readonly string[], kb: KbIndex): KbEntity | undefined {
  for (const d of designators) {
    const e = kb.lookup(`${d} ${name}`);
    if (e !== undefined && e.type === 'GPE' && !isCountry(e)) return e;
  }
  return undefined;
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
