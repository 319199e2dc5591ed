// "Dinas Kesehatan Bogor" in an article about "Kabupaten Bogor": a regency and a city share
// the bare name (Bogor, Tegal, Malang, Bekasi …), and the KB's bare "Bogor" is the city, so
// regional-names.ts named the body the city's ("Dinas Kesehatan Kota Bogor"). Where the
// article names the regency by its prefix or its own bodies and never the city, the bare
// name in a regional body is the regency's. An article that names both, or neither, keeps
// the city (the KB's reading).
import type { KbIndex } from '../kb/kb-index';

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
    onlyRegency = namesRegency(text, place) && !namesCity(text, place);
    answers.set(place, onlyRegency);
  }
  if (!onlyRegency) return full;
  return `${full.slice(0, m.index)} Kabupaten ${place}`;
}

/** Words before the bare name that name the regency or one of its own bodies. */
const REGENCY_WORDS = ['Kabupaten ', 'Kab. ', 'Pemkab ', 'Bupati ', 'bupati ', 'Pemerintah Kabupaten '];
/** Words before the bare name that name the city or one of its own bodies. */
const CITY_WORDS = ['Kota ', 'Pemkot ', 'Wali Kota ', 'Walikota ', 'wali kota ', 'walikota ', 'Pemerintah Kota '];

function namesRegency(text: string, place: string): boolean {
  return REGENCY_WORDS.some((w) => text.includes(w + place));
}

function namesCity(text: string, place: string): boolean {
  return CITY_WORDS.some((w) => text.includes(w + place));
}
