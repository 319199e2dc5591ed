// The identity of a diplomatic mission written short (tenth dev batch): "KBRI Khartoum" is
// "Kedutaan Besar Republik Indonesia di Khartoum", "KJRI Jeddah" "Konsulat Jenderal
// Republik Indonesia di Jeddah" (the sets' Indonesian official names), and a foreign
// country's embassy, which in Indonesian news is its embassy in Jakarta, takes the English
// title the spec asks of foreign bodies: "Kedutaan Besar Chile" is "Embassy of Chile,
// Jakarta". A pure function of the name and the KB; the link pass applies it with the
// regional names (regional-names.ts) to the organisations the rules found without the KB.
import { isCountry, isForeignCountry } from '../kb/country';
import type { KbIndex } from '../kb/kb-index';
import type { ActorMention } from './types';

const INDONESIAN_MISSIONS: ReadonlyMap<string, string> = new Map([
  ['KBRI', 'Kedutaan Besar Republik Indonesia di'], ['KJRI', 'Konsulat Jenderal Republik Indonesia di'],
]);

/** `word` is the short head of an Indonesian mission ("KBRI", "KJRI"), named with its city. */
export function isMissionShortHead(word: string): boolean {
  return INDONESIAN_MISSIONS.has(word);
}
const FOREIGN_EMBASSY = /^Kedutaan Besar (.+)$/;

/** The canonical name of the mission `name`, or undefined when it names none. */
export function missionCanonical(name: string, kb: KbIndex): string | undefined {
  const sp = name.indexOf(' ');
  if (sp > 0) {
    const head = INDONESIAN_MISSIONS.get(name.slice(0, sp));
    if (head !== undefined) {
      const place = kb.lookup(name.slice(sp + 1));
      return place !== undefined && place.type === 'GPE' ? `${head} ${name.slice(sp + 1)}` : undefined;
    }
  }
  const embassy = FOREIGN_EMBASSY.exec(name);
  if (embassy === null) return undefined;
  const country = kb.lookup(embassy[1]);
  if (country === undefined || !isForeignCountry(country)) return undefined;
  return `Embassy of ${WITH_ARTICLE.has(country.canonical) ? 'the ' : ''}${country.canonical}, Jakarta`;
}

/** Countries whose English names take the article ("Embassy of the United States, Jakarta"). */
const WITH_ARTICLE = new Set(['United States', 'United Kingdom', 'Netherlands', 'Philippines', 'United Arab Emirates', 'Czech Republic',
  'Maldives', 'Gambia', 'Bahamas', 'Central African Republic', 'Dominican Republic', 'Marshall Islands', 'Solomon Islands', 'Comoros', 'Vatican City']);

/** A mission's name as written: an embassy or a (general) consulate of a country, Indonesia's
 *  included ("Kedutaan Besar Republik Indonesia", "Konsulat Jenderal Filipina", "KBRI"). */
const MISSION = /^(?:(Kedutaan Besar|Konsulat Jenderal|Konsulat) (.+)|KBRI|KJRI)$/;
const INDONESIA_NAMES = new Set(['Republik Indonesia', 'RI', 'Indonesia']);
const SEAT_JOIN = ' di ';

/** Mentions the link pass joins: the mission at k, the place right after " di " at k + 1. */
export interface MissionSeatHost {
  kept(k: number): boolean;
  drop(k: number): void;
}

/** "Konsulat Jenderal Filipina di Manado", "Kedutaan Besar Republik Indonesia di Port
 *  Moresby": news names a mission with the city it sits in, one organisation (the sets'
 *  convention, dev d292, d294, d303). A mission the rules found (its name ends at "di") and
 *  the KB city right after " di " become one mention, the city's no longer one of its own;
 *  Indonesia's missions are named as written, a foreign country's consulate by its English
 *  title ("Consulate General of the Philippines in Manado"). Only a city or a capital the KB knows right after " di ": "Kedutaan Besar
 *  Prancis di tengah kota" names no seat, "Konsulat Jenderal Filipina di Indonesia" a country. */
export function missionsWithTheirPlace(text: string, ms: ActorMention[], host: MissionSeatHost, kb: KbIndex): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || m.entityId !== undefined || !host.kept(k) || !text.startsWith(SEAT_JOIN, m.end)) continue;
    const place = ms[k + 1];
    if (place.start !== m.end + SEAT_JOIN.length || place.type !== 'GPE' || !host.kept(k + 1)) continue;
    const mission = MISSION.exec(m.text);
    if (mission === null) continue;
    const indonesian = mission[2] === undefined || INDONESIA_NAMES.has(mission[2]);
    const seat = place.entityId === undefined ? undefined : kb.byId.get(place.entityId);
    // (a city, not a country or a province: "Konsulat Jenderal Filipina di Indonesia" is its country;
    // a place the KB does not know only after one of Indonesia's own missions, which sit in foreign
    // cities: "Kedutaan Besar Republik Indonesia di Paramaribo", dev d334)
    if (seat === undefined ? !(indonesian && place.entityId === undefined) : isCountry(seat) || !/^(?:City|Capital)\b/.test(seat.description.en)) continue;
    const country = mission[2] === undefined || INDONESIA_NAMES.has(mission[2]) ? undefined : kb.lookup(mission[2]);
    if (mission[2] !== undefined && !INDONESIA_NAMES.has(mission[2]) && (country === undefined || !isForeignCountry(country))) continue;
    // A foreign embassy keeps its place apart ("Kedutaan Besar Rusia di Washington": the
    // sets annotate the embassy and the capital, link.ts elsewhereThanJakarta); a country has
    // one embassy in a capital, so the place adds nothing to its name.
    if (country !== undefined && mission[1] === 'Kedutaan Besar') continue;
    m.end = place.end;
    m.text = text.slice(m.start, m.end);
    // ("KJRI di Johor Bahru" is the one "KJRI Johor Bahru" names: its full official name.)
    const short = INDONESIAN_MISSIONS.get(m.text.slice(0, m.text.indexOf(' ')));
    // ("Kedutaan Besar RI di Harare": Indonesia's name written out, as in its official name)
    if (country === undefined) m.canonical = short !== undefined ? `${short} ${place.text}` : mission[2] !== undefined ? `${mission[1]} Republik Indonesia di ${place.text}` : m.text;
    else {
      const the = WITH_ARTICLE.has(country.canonical) ? 'the ' : '';
      m.canonical = `${mission[1] === 'Konsulat Jenderal' ? 'Consulate General' : 'Consulate'} of ${the}${country.canonical} in ${seat?.canonical ?? place.text}`;
    }
    host.drop(k + 1);
    k++;
  }
}
