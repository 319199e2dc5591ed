// First-level subdivisions of countries abroad (data/kb/generated/world-regions.json, built by
// scripts/build-world-regions.mjs from Unicode CLDR, Unicode License v3) turned into KB
// entities. The annotation spec annotates a state, a province or a region as a GPE; eval/README
// titles it by its English Wikipedia title ("Oromia Region", "Dhi Qar Governorate"). Everything
// before wins: the hand-written files (gpe-foreign-subdivisions.json), the Indonesian regions and
// seats and the foreign cities. A subdivision named like its city ("Kisumu", "Basra") leaves the
// bare name to the city and keeps its prefixed forms ("Provinsi Basra", "County Kisumu").
import type { KbEntity } from './types';
import { slugify } from './surface';
import { placeDescription, takenNames, type TakenNames } from './world-cities';

/** The generated file's shape (see scripts/build-world-regions.mjs). */
export interface WorldRegionGazetteer {
  /** The kind of subdivision of each country ("Region", "State", "Governorate" …). */
  kinds: Readonly<Record<string, string>>;
  /** [English title, ISO 3166-1 alpha-2 country code, other aliases...]. */
  regions: readonly (readonly string[])[];
}

/** The Indonesian word of each kind, for the description ("Wilayah di Etiopia"). */
const KIND_ID: Readonly<Record<string, string>> = {
  Region: 'Wilayah', State: 'Negara bagian', County: 'County', Governorate: 'Kegubernuran',
  Province: 'Provinsi', Oblast: 'Oblast', Department: 'Departemen', Municipality: 'Munisipalitas',
};

/** KB entities for the subdivisions that no entity of `known` names: a title or id taken
 *  leaves the row out, an alias taken is dropped from it. `known` may be the names the
 *  cities' loader left (takenNames), which then takes the subdivisions' too. */
export function worldRegionEntities(gazetteer: WorldRegionGazetteer, known: readonly KbEntity[] | TakenNames, suppressed: readonly string[] = []): KbEntity[] {
  const { names: taken, ids } = 'names' in known ? known : takenNames(known, suppressed);
  const out: KbEntity[] = [];
  for (const [title, country, ...other] of gazetteer.regions) {
    const slug = slugify(title);
    if (taken.has(title) || ids.has(slug)) continue;
    const aliases = [title, ...other].filter((a) => !taken.has(a));
    for (const a of aliases) taken.add(a);
    ids.add(slug);
    const kind = gazetteer.kinds[country] ?? 'Region';
    out.push({ id: slug, canonical: title, type: 'GPE', aliases,
      description: placeDescription(`${kind} of`, `${KIND_ID[kind] ?? 'Wilayah'} di`, country) });
  }
  return out;
}
