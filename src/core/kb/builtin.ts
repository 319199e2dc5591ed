import type { Kb, KbEntity, KbFile } from './types';
// Static JSON imports: esbuild inlines them, so the built-in KB needs no file system
// and works in the extension host, the CLI and a browser alike.
import peopleRussiaUkraine from '../../../data/kb/people-russia-ukraine.json';
import peopleWest from '../../../data/kb/people-west.json';
import peopleWorld from '../../../data/kb/people-world.json';
import peopleInternational from '../../../data/kb/people-international.json';
import peopleIndonesia from '../../../data/kb/people-indonesia.json';
import orgInternational from '../../../data/kb/org-international.json';
import orgRegionalBodies from '../../../data/kb/org-regional-bodies.json';
import orgForeignStateBodies from '../../../data/kb/org-foreign-state-bodies.json';
import orgForeignParties from '../../../data/kb/org-foreign-parties.json';
import orgForeignUniversities from '../../../data/kb/org-foreign-universities.json';
import orgForeignAgencies from '../../../data/kb/org-foreign-agencies.json';
import orgForeignCompanies from '../../../data/kb/org-foreign-companies.json';
import orgGovernmentForeign from '../../../data/kb/org-government-foreign.json';
import orgIndonesia from '../../../data/kb/org-indonesia.json';
import orgIndonesiaAssociations from '../../../data/kb/org-indonesia-associations.json';
import media from '../../../data/kb/media.json';
import mediaForeign from '../../../data/kb/media-foreign.json';
import gpeCountries from '../../../data/kb/gpe-countries.json';
import gpeCitiesRegions from '../../../data/kb/gpe-cities-regions.json';
import gpeForeignSubdivisions from '../../../data/kb/gpe-foreign-subdivisions.json';
import notActors from '../../../data/kb/not-actors.json';
import idnRegions from '../../../data/kb/generated/idn-regions.json';
import idnSeats from '../../../data/kb/generated/idn-seats.json';
import worldCities from '../../../data/kb/generated/world-cities.json';
import worldRegions from '../../../data/kb/generated/world-regions.json';
import nationalInstitutions from '../../../data/kb/generated/national-institutions.json';
import { regionEntitySteps, type RegionGazetteer } from './regions';
import { seatEntitySteps, type SeatGazetteer } from './seats';
import { takenNameSteps, worldCityEntitySteps, type WorldCityGazetteer } from './world-cities';
import { worldRegionEntities, type WorldRegionGazetteer } from './world-regions';
import { nationalInstitutionEntities, type NationalInstitutionTable } from './national-institutions';
import { runSteps, runStepsInSlices, type Steps, type TimeSlices } from '../incremental/time-slices';

/** Every built-in data file by file name (data/kb/<name>). Tests validate each one
 *  against `#/definitions/builtinFile` of schemas/kb.schema.json; at run time they are
 *  trusted, which keeps ajv out of the start-up path. */
export const BUILTIN_KB_FILES: Readonly<Record<string, KbFile>> = {
  'people-russia-ukraine.json': peopleRussiaUkraine as unknown as KbFile,
  'people-west.json': peopleWest as unknown as KbFile,
  'people-world.json': peopleWorld as unknown as KbFile,
  'people-international.json': peopleInternational as unknown as KbFile,
  'people-indonesia.json': peopleIndonesia as unknown as KbFile,
  'org-international.json': orgInternational as unknown as KbFile,
  'org-regional-bodies.json': orgRegionalBodies as unknown as KbFile,
  'org-foreign-state-bodies.json': orgForeignStateBodies as unknown as KbFile,
  'org-foreign-parties.json': orgForeignParties as unknown as KbFile,
  'org-foreign-universities.json': orgForeignUniversities as unknown as KbFile,
  'org-foreign-agencies.json': orgForeignAgencies as unknown as KbFile,
  'org-foreign-companies.json': orgForeignCompanies as unknown as KbFile,
  'org-government-foreign.json': orgGovernmentForeign as unknown as KbFile,
  'org-indonesia.json': orgIndonesia as unknown as KbFile,
  'org-indonesia-associations.json': orgIndonesiaAssociations as unknown as KbFile,
  'media.json': media as unknown as KbFile,
  'media-foreign.json': mediaForeign as unknown as KbFile,
  'gpe-countries.json': gpeCountries as unknown as KbFile,
  'gpe-cities-regions.json': gpeCitiesRegions as unknown as KbFile,
  'gpe-foreign-subdivisions.json': gpeForeignSubdivisions as unknown as KbFile,
  'not-actors.json': notActors as unknown as KbFile,
};

let cached: Kb | undefined;
/** The construction under way: one for every caller, so a build begun in slices and asked
 *  for in one go before it ends is finished, not begun again (and one Kb object results). */
let construction: Steps<void> | undefined;
/** The ids of the entities loadBuiltinKb made from WORLD_CITIES. */
let worldCityIds: ReadonlySet<string> = new Set();
/** The ids of the entities loadBuiltinKb made from WORLD_REGIONS. */
let worldRegionIds: ReadonlySet<string> = new Set();

/** The gazetteer of Indonesian regions (generated; ODbL 1.0, data/kb/generated/README.md). */
export const IDN_REGIONS = idnRegions as unknown as RegionGazetteer;
/** The seats of Indonesian regencies (generated; MIT, data/kb/generated/README.md). */
export const IDN_SEATS = idnSeats as unknown as SeatGazetteer;
/** Cities outside Indonesia (generated; GeoNames data, CC BY 4.0, data/kb/generated/README.md). */
export const WORLD_CITIES = worldCities as unknown as WorldCityGazetteer;
/** First-level subdivisions abroad (generated; Unicode CLDR, Unicode License v3, data/kb/generated/README.md). */
export const WORLD_REGIONS = worldRegions as unknown as WorldRegionGazetteer;
/** Foreign countries' national institutions (generated from a hand-written table, data/kb/generated/README.md). */
export const NATIONAL_INSTITUTIONS = nationalInstitutions as unknown as NationalInstitutionTable;

/** The built-in KB: all data files concatenated in the order above, then the regions of
 *  the gazetteer, the regencies' seats, the foreign cities, the foreign subdivisions and the foreign national institutions that those files do not already name. The same object is
 *  returned on every call; treat it as read-only (mergeWorkspaceKb copies, never mutates).
 *  Built in one go on the first call, or finished so where loadBuiltinKbInSlices began it. */
export function loadBuiltinKb(): Kb {
  if (!cached) construct(runSteps);
  return cached as Kb;
}

/** loadBuiltinKb in `slices`: the extension host starts it at activation, where building the
 *  7,000 entities in one go (46-107 ms) was the longest task (issue 19). */
export async function loadBuiltinKbInSlices(slices: TimeSlices): Promise<Kb> {
  if (!cached) await construct((steps) => runStepsInSlices(steps, slices));
  // A call of loadBuiltinKb meanwhile may have run the construction to its end.
  return loadBuiltinKb();
}

/** Runs the construction (begun, or begun here) by `run`. If a step throws, the construction is
 *  dropped: a generator that threw is finished without a KB, and kept, every later call would
 *  "finish" it and return undefined; the next call starts it anew. */
function construct<T>(run: (steps: Steps<void>) => T): T {
  const steps = (construction ??= constructionSteps());
  const dropOnThrow = (e: unknown): never => {
    if (construction === steps) construction = undefined;
    throw e;
  };
  try {
    const out = run(steps);
    return (out instanceof Promise ? out.catch(dropOnThrow) : out) as T;
  } catch (e) {
    return dropOnThrow(e);
  }
}

function* constructionSteps(): Steps<void> {
  const entities: KbEntity[] = [];
  const suppress: string[] = [];
  for (const file of Object.values(BUILTIN_KB_FILES)) {
    entities.push(...(file.entities as KbEntity[]));
    suppress.push(...(file.suppress ?? []));
  }
  entities.push(...yield* regionEntitySteps(IDN_REGIONS, entities, suppress));
  // After the regions: a seat named like a regency or a city is that region.
  entities.push(...yield* seatEntitySteps(IDN_SEATS, entities, suppress));
  // Then: a foreign city the files, the regions or the seats name stays theirs.
  // (one walk over the KB's names for both generated foreign gazetteers: each adds its own)
  const taken = yield* takenNameSteps(entities, suppress);
  const cities = yield* worldCityEntitySteps(WORLD_CITIES, taken);
  worldCityIds = new Set(cities.map((e) => e.id));
  entities.push(...cities);
  yield;
  // After the cities: a subdivision named like its city ("Basra", "Kisumu") leaves the bare
  // name to the city and keeps its prefixed forms ("Provinsi Basra"). (619 rows: one step)
  const regions = worldRegionEntities(WORLD_REGIONS, taken);
  worldRegionIds = new Set(regions.map((e) => e.id));
  entities.push(...regions);
  yield;
  // Foreign national institutions the hand-written files lack, by their English titles (one step).
  entities.push(...nationalInstitutionEntities(NATIONAL_INSTITUTIONS, entities, suppress));
  cached = { entities, suppress };
}

/** `entity` is a foreign city of the generated gazetteer (not of the hand-written files): a
 *  weak name, as a seat is (actors/seat-as-name.ts). */
export function isGeneratedWorldCity(entity: KbEntity): boolean {
  return entity.type === 'GPE' && isGeneratedWorldCityId(entity.id);
}

/** `entity` is a foreign subdivision of the generated gazetteer (world-regions.json). */
export function isGeneratedWorldRegion(entity: KbEntity): boolean {
  loadBuiltinKb();
  return entity.type === 'GPE' && worldRegionIds.has(entity.id);
}

/** `id` is the id of a foreign city of the generated gazetteer. */
export function isGeneratedWorldCityId(id: string): boolean {
  loadBuiltinKb();
  return worldCityIds.has(id);
}
