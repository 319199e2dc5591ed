// "Dinas Kesehatan Bogor" in an article about "Kabupaten Bogor": a regency and a city share
// the bare name (Bogor, Tegal, Malang, Bekasi …), and the KB's bare "Bogor" is the city, so
// regional-names.ts named the body the city's ("Dinas Kesehatan Kota Bogor"). Where the
// article names the regency by its prefix or its own bodies and never the city, the bare
// name in a regional body is the regency's. An article that names both, or neither, keeps
// the city (the KB's reading).
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/types';
import { CITY, REGENCY } from './regional-names';
import type { ActorMention } from './types';
import { isDateline, isDatelineAfterOutlet } from './dateline-mention';

const CITY_TAIL = / Kota (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)$/u;

/** `full`, the official name regional-names.ts gave the body written `name`, with its city
 *  turned into the regency of the same name when the article names only the regency.
 *  `answers` keeps that finding per place for one text (a long text is read once a place). */
export function regencyOfArticle(name: string, full: string, text: string, kb: KbIndex, answers: Map<string, boolean>): string {
  const m = CITY_TAIL.exec(full);
  if (m === null || name.includes('Kota ')) return full;
  const place = m[1];
  const regency = kb.lookup(`Kabupaten ${place}`);
  if (regency === undefined || regency.type !== 'GPE') return full;
  let onlyRegency = answers.get(place);
  if (onlyRegency === undefined) {
    onlyRegency = namesOnlyRegency(text, place);
    answers.set(place, onlyRegency);
  }
  if (!onlyRegency) return full;
  return `${full.slice(0, m.index)} Kabupaten ${place}`;
}

/** Words before the bare name that name the regency or one of its own bodies. */
const REGENCY_WORDS = ['Kabupaten ', 'Kab. ', 'Pemkab ', 'Bupati ', 'bupati ', 'Pemerintah Kabupaten '];
/** Words before the bare name that name the city or one of its own bodies. */
const CITY_WORDS = ['Kota ', 'Pemkot ', 'Wali Kota ', 'Walikota ', 'wali kota ', 'walikota ', 'Pemerintah Kota '];

/** The text writes `place` after one of REGENCY_WORDS and never after one of CITY_WORDS.
 *  Reads each occurrence of the place once and the words right before it: a search of the
 *  whole text per word and place (up to thirteen) was 5% of a long text's analysis. */
function namesOnlyRegency(text: string, place: string): boolean {
  let regency = false;
  for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
    if (CITY_WORDS.some((w) => writtenBefore(text, at, w))) return false;
    if (!regency) regency = REGENCY_WORDS.some((w) => writtenBefore(text, at, w));
  }
  return regency;
}

/** `w` is written right before offset `at`. */
function writtenBefore(text: string, at: number, w: string): boolean {
  return at >= w.length && text.startsWith(w, at - w.length);
}

/** The regency that shares its name with the KB city `city` ("Kabupaten Magelang" for
 *  Magelang), when the article names only the regency (`answers` as for regencyOfArticle):
 *  the place itself written bare ("wisatawan memadati Magelang", a dateline "SERANG,") is
 *  then the regency, as the sets name it (dev d10, d213, d317, d337); else undefined. */
function regencyOfArticlePlace(city: KbEntity, text: string, kb: KbIndex, answers: Map<string, boolean>): KbEntity | undefined {
  if (!CITY.test(city.description.en)) return undefined;
  const place = city.canonical;
  const regency = kb.lookup(`Kabupaten ${place}`);
  if (regency === undefined || regency.type !== 'GPE' || !REGENCY.test(regency.description.en)) return undefined;
  let onlyRegency = answers.get(place);
  if (onlyRegency === undefined) {
    onlyRegency = namesOnlyRegency(text, place);
    answers.set(place, onlyRegency);
  }
  return onlyRegency ? regency : undefined;
}

/** Provincial capitals that share their name with a regency (the KB says no city is a capital). */
const PROVINCIAL_CAPITALS: ReadonlySet<string> = new Set(['Bandung', 'Semarang', 'Serang', 'Kupang', 'Jayapura', 'Gorontalo', 'Sorong', 'Jambi', 'Bengkulu']);

/** Gives the places among `ms` (`kept`) linked to a KB city the regency of the same name,
 *  where the article names only the regency (regencyOfArticlePlace). */
export function citiesToArticleRegency(text: string, ms: ActorMention[], kept: (k: number) => boolean, kb: KbIndex): void {
  let answers: Map<string, boolean> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'GPE' || m.entityId === undefined || !kept(k)) continue;
    const e = kb.byId.get(m.entityId);
    // "Bisnis.com, BANDUNG —", "Jayapura -": a dateline naming a province's capital is the
    // city, where the outlet's provincial bureau files from, though the story is about the
    // regency of that name (dev d42, d222; "BEKASI", "MAGELANG" are the regency's: d213, d337).
    if (e !== undefined && PROVINCIAL_CAPITALS.has(e.canonical) && (isDateline(text, m) || isDatelineAfterOutlet(text, m))) continue;
    const regency = e === undefined ? undefined : regencyOfArticlePlace(e, text, kb, answers ??= new Map());
    if (regency === undefined) continue;
    m.canonical = regency.canonical;
    m.entityId = regency.id;
  }
}

