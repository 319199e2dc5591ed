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
