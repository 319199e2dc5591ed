// The identity of a diplomatic mission written short (tenth dev batch): "KBRI Khartoum" is
// "Kedutaan Besar Republik Indonesia di Khartoum", "KJRI Jeddah" "Konsulat Jenderal
// Republik Indonesia di Jeddah" (the sets' Indonesian official names), and a foreign
// country's embassy, which in Indonesian news is its embassy in Jakarta, takes the English
// title the spec asks of foreign bodies: "Kedutaan Besar Chile" is "Embassy of Chile,
// Jakarta"; a foreign consulate named with its city, "Konsulat Jenderal Jepang di
// Surabaya", is "Consulate General of Japan in Surabaya". A pure function of the name and
// the KB; the link pass applies it with the regional names (regional-names.ts) to the organisations the rules found without the KB.
import { isForeignCountry } from '../kb/country';
import type { KbIndex } from '../kb/kb-index';

const INDONESIAN_MISSIONS: ReadonlyMap<string, string> = new Map([
  ['KBRI', 'Kedutaan Besar Republik Indonesia di'], ['KJRI', 'Konsulat Jenderal Republik Indonesia di'],
]);
const FOREIGN_EMBASSY = /^Kedutaan Besar (.+)$/;
/** "Konsulat Jenderal Jepang di Surabaya" (consulate-city.ts): a foreign consulate named with its city. */
const FOREIGN_CONSULATE = /^Konsulat Jenderal (.+) di (.+)$/;

/** `word` is the short head of an Indonesian mission ("KBRI", "KJRI"), named with its city. */
export function isMissionShortHead(word: string): boolean {
  return INDONESIAN_MISSIONS.has(word);
}

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
  const consulate = FOREIGN_CONSULATE.exec(name);
  if (consulate !== null) {
    const country = kb.lookup(consulate[1]);
    const city = kb.lookup(consulate[2]);
    if (country === undefined || !isForeignCountry(country) || city === undefined || city.type !== 'GPE') return undefined;
    return `Consulate General of ${WITH_ARTICLE.has(country.canonical) ? 'the ' : ''}${country.canonical} in ${city.canonical}`;
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
