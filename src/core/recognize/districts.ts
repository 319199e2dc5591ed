// Names of Indonesian districts (kecamatan) of two words or more, from the gazetteer
// data/kb/generated/idn-districts.json (idn-area-data, ODbL 1.0; built by
// scripts/build-gazetteer.mjs). By the annotation spec a kecamatan is a region, not an
// actor; its name is a capitalised run the KB does not know, which the unknown-name rule
// would otherwise call a person ("warga Sungai Kunjang dan Loa Janan Ilir") or, after
// "di", a place. Regions the KB knows (provinces, regencies, cities) are matched before.
// (Static JSON import: esbuild inlines it, as for the built-in KB.)
import gazetteer from '../../../data/kb/generated/idn-districts.json';

let names: ReadonlySet<string> | undefined;

/** `name` (single-spaced, as written) is a district's name of two words or more. */
export function isDistrictName(name: string): boolean {
  names ??= new Set(gazetteer.districts);
  return names.has(name);
}

let oneWord: ReadonlySet<string> | undefined;

/** `name` is a district's name of one word ("Sukawati", "Mlati"): weak alone (many are also a
 *  town's name, a word or a given name), read only where a unit head's title before it makes
 *  a place likely (actors/rules/village-official.ts). */
export function isOneWordDistrictName(name: string): boolean {
  oneWord ??= new Set(gazetteer.oneWordDistricts);
  return oneWord.has(name);
}
