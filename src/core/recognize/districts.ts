// Names of Indonesian districts (kecamatan) of two words or more, from the gazetteer
// data/kb/generated/idn-districts.json (idn-area-data, ODbL 1.0; built by
// scripts/build-gazetteer.mjs). By the annotation spec a kecamatan is a region, not an
// actor; its name is a capitalised run the KB does not know, which the unknown-name rule
// would otherwise call a person ("warga Sungai Kunjang atau Loa Janan Ilir") or, after
// "di", a place. Regions the KB knows (provinces, regencies, cities) are matched before.
// A kecamatan named like its regency's seat ("Sungai Liat", "Tanjung Redeb") is left out:
// the seat is a town, which the spec annotates (data/kb/generated/idn-seats.json, read into
// the KB by kb/seats.ts; its spellings here from the built-in KB's IDN_SEATS).
// (Static JSON imports: esbuild inlines them, as for the built-in KB.)
import gazetteer from '../../../data/kb/generated/idn-districts.json';
import { IDN_REGIONS, IDN_SEATS } from '../kb/builtin';
import { seatNames } from '../kb/seats';

let names: ReadonlySet<string> | undefined;

/** `name` (single-spaced, as written) is a district's name of two words or more, and no seat's. */
export function isDistrictName(name: string): boolean {
  if (!names) {
    const seats = seatNames(IDN_SEATS);
    names = new Set(gazetteer.districts.filter((d) => !seats.has(d)));
  }
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

let regionHeads: ReadonlySet<string> | undefined;

/** `word` opens the name of a regency or city of two words or more ("Tidore" of Kota Tidore
 *  Kepulauan, "Bolaang" of Bolaang Mongondow): news names the region by that word, so a
 *  kecamatan of the same name is not what "dari Tidore" means. */
export function opensRegionName(word: string): boolean {
  if (!regionHeads) {
    const heads = new Set<string>();
    for (const [, name] of IDN_REGIONS.regencies) {
      const words = name.replace(/^(?:Kabupaten|Kota) /, '').split(' ');
      if (words.length >= 2) heads.add(words[0]);
    }
    regionHeads = heads;
  }
  return regionHeads.has(word);
}
