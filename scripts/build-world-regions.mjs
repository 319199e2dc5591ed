#!/usr/bin/env node
// Builds data/kb/generated/world-regions.json, first-level subdivisions of countries abroad
// (states, regions, counties, governorates, provinces, oblasts, departments), from the npm
// package cldr-subdivisions-full (Unicode CLDR, Unicode License v3). The package is NOT a
// dependency of Sorot: this script reads it from a directory or a tarball fetched once by
// hand, and the compact result is committed.
//
//   npm pack cldr-subdivisions-full@48.2.0 --pack-destination /tmp
//   node scripts/build-world-regions.mjs /tmp/cldr-subdivisions-full-48.2.0.tgz
//
// Why: world news name a country's states and regions ("Oromia", "Provinsi Preah Sihanouk",
// "Dhi Qar") that the hand-written gpe-foreign-subdivisions.json never listed; the unknown-name
// rule read them as persons or left them unlinked. eval/README.md: a foreign place takes its
// English Wikipedia title, which for a subdivision carries its country's suffix ("Oromia
// Region", "Kisumu County", "Dhi Qar Governorate", "Preah Sihanouk province").
//
// CLDR gives the English name of every ISO 3166-2 code without the suffix ("Oromia") and keeps
// some retired codes and second levels (Guinea's prefectures, Nepal's old zones); only the
// countries of COUNTRIES are taken, each with the suffix of its titles and the Indonesian
// words news put before the name, and with its codes that are not a first-level
// subdivision, or whose title is not the name plus the suffix, left out (`skip`) or titled
// by hand (`titles`). A name that is an ordinary word, a given name or another entity's is
// no bare alias (REGION_BARE_EXCLUSIONS, checked by test/unit/kb/world-regions.test.ts).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mainWithPackage, writeCompactJson } from './build-gazetteer.mjs';
import { folded } from './build-world-cities.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data', 'kb', 'generated', 'world-regions.json');

/** The kinds of subdivision: the English word of the titles and of the description, and the
 *  Indonesian words news put before the name ("Provinsi Basra", "Negara Bagian Jigawa",
 *  "County Montserrado"), the first of them the description's. */
export const KINDS = {
  Region: { en: 'Region', id: ['Wilayah', 'Region', 'Regional'] },
  State: { en: 'State', id: ['Negara Bagian'] },
  County: { en: 'County', id: ['County', 'Kabupaten'] },
  Governorate: { en: 'Governorate', id: ['Kegubernuran', 'Provinsi', 'Gubernuran'] },
  Province: { en: 'Province', id: ['Provinsi'] },
  Oblast: { en: 'Oblast', id: ['Oblast', 'Wilayah', 'Provinsi'] },
  Department: { en: 'Department', id: ['Departemen', 'Provinsi'] },
  // Timor-Leste's municipalities, its districts until 2015 ("Distrik Ermera").
  Municipality: { en: 'Municipality', id: ['Munisipalitas', 'Distrik'] },
};

/**
 * Per country (ISO 3166-1 alpha-2): the kind of its first-level subdivisions, the suffix of
 * their English Wikipedia titles (' Region', ' province' for Cambodia's and Iran's lower-case
 * titles, '' where the title is the bare name, as Germany's states and Canada's provinces),
 * the CLDR codes left out (a city that is its own subdivision, whose title the KB's city owns;
 * a title disambiguated by its country, "Western Province, Zambia"; a retired or second-level
 * code) and the titles set by hand where CLDR's English name is not the title's.
 * Only countries whose titles follow one suffix are here; the countries the hand-written
 * gpe-foreign-subdivisions.json covers (Thailand, the Philippines, Myanmar, China, India, Japan,
 * Korea, the United States, Australia, Papua New Guinea, Sudan) are left to it.
 */
export const COUNTRIES = {
  // Africa
  ET: { kind: 'Region', suffix: ' Region', skip: ['aa', 'dd', 'sn', 'sw'] },
  KE: { kind: 'County', suffix: ' County', skip: ['30'], titles: { 29: "Murang'a County" } },
  NG: { kind: 'State', suffix: ' State', skip: ['fc'] },
  LR: { kind: 'County', suffix: ' County' },
  GN: { kind: 'Region', suffix: ' Region', only: /^[a-z]$/, skip: ['c'] },
  TZ: { kind: 'Region', suffix: ' Region', skip: ['06', '07', '10', '11', '15'] },
  ZM: { kind: 'Province', suffix: ' Province', skip: ['01', '02', '03', '05', '06', '07'] },
  ZW: { kind: 'Province', suffix: ' Province', skip: ['bu', 'ha'] },
  MZ: { kind: 'Province', suffix: ' Province', skip: ['mpm'] },
  AO: { kind: 'Province', suffix: ' Province' },
  SN: { kind: 'Region', suffix: ' Region' },
  ML: { kind: 'Region', suffix: ' Region', skip: ['bko'], titles: { 6: 'Timbuktu Region' } },
  NE: { kind: 'Region', suffix: ' Region', skip: ['8'] },
  EG: { kind: 'Governorate', suffix: ' Governorate' },
  // West and Central Asia
  IQ: {
    kind: 'Governorate', suffix: ' Governorate', skip: ['kr', 'bb', 'da'],
    titles: { mu: 'Muthanna Governorate', qa: 'Al-Qadisiyyah Governorate' },
  },
  SY: { kind: 'Governorate', suffix: ' Governorate', titles: { ra: 'Raqqa Governorate' } },
  JO: { kind: 'Governorate', suffix: ' Governorate', titles: { mn: "Ma'an Governorate" } },
  AF: { kind: 'Province', suffix: ' Province', titles: { gho: 'Ghor Province', uru: 'Uruzgan Province' } },
  TR: { kind: 'Province', suffix: ' Province', titles: { 35: 'İzmir Province' } },
  IR: {
    kind: 'Province', suffix: ' province', skip: ['00', '09'],
    titles: { '02': 'West Azerbaijan province' },
  },
  UZ: { kind: 'Region', suffix: ' Region', skip: ['tk', 'qr'], titles: { to: 'Tashkent Region' } },
  KG: { kind: 'Region', suffix: ' Region', skip: ['gb', 'go'], titles: { c: 'Chüy Region' } },
  UA: {
    kind: 'Oblast', suffix: ' Oblast', skip: ['30', '40', '43'],
    // CLDR writes the oblasts' Ukrainian short names ("Kharkivshchyna").
    titles: {
      '05': 'Vinnytsia Oblast', '07': 'Volyn Oblast', '09': 'Luhansk Oblast', 12: 'Dnipropetrovsk Oblast', 14: 'Donetsk Oblast',
      18: 'Zhytomyr Oblast', 21: 'Zakarpattia Oblast', 23: 'Zaporizhzhia Oblast', 26: 'Ivano-Frankivsk Oblast', 32: 'Kyiv Oblast',
      35: 'Kirovohrad Oblast', 46: 'Lviv Oblast', 48: 'Mykolaiv Oblast', 51: 'Odesa Oblast', 53: 'Poltava Oblast', 56: 'Rivne Oblast',
      59: 'Sumy Oblast', 61: 'Ternopil Oblast', 63: 'Kharkiv Oblast', 65: 'Kherson Oblast', 68: 'Khmelnytskyi Oblast',
      71: 'Cherkasy Oblast', 74: 'Chernihiv Oblast', 77: 'Chernivtsi Oblast',
    },
  },
  NP: {
    kind: 'Province', suffix: ' Province', only: /^p\d$/,
    titles: { p1: 'Koshi Province', p2: 'Madhesh Province', p3: 'Bagmati Province', p4: 'Gandaki Province', p5: 'Lumbini Province', p6: 'Karnali Province', p7: 'Sudurpashchim Province' },
  },
  // South-east Asia and the Pacific
  KH: { kind: 'Province', suffix: ' province', skip: ['12'], titles: { 18: 'Preah Sihanouk province' } },
  // Viet Nam's provinces before the merger of 2025 (CLDR 48 keeps the 58 codes; English Wikipedia
  // keeps an article on each, "Cà Mau province"); its five municipalities and Huế are cities
  // the world-cities list owns.
  VN: { kind: 'Province', suffix: ' province', skip: ['ct', 'dn', 'hn', 'hp', 'sg', '26'] },
  // Timor-Leste's municipalities ("Ermera Municipality"); Oecusse, a special administrative
  // region titled by its name, is hand-written (gpe-foreign-subdivisions.json, as Bobonaro
  // and Covalima, whose title the hand file spells as one word).
  TL: { kind: 'Municipality', suffix: ' Municipality', skip: ['oe'], titles: { co: 'Covalima Municipality' } },
  // Mongolia's aimags, titled "Zavkhan Province"; its capital Ulaanbaatar is a city the KB owns.
  MN: { kind: 'Province', suffix: ' Province', skip: ['1'] },
  SB: { kind: 'Province', suffix: ' Province', skip: ['ce', 'we', 'ct'] },
  VU: { kind: 'Province', suffix: ' Province' },
  // The Americas
  AR: { kind: 'Province', suffix: ' Province', skip: ['c', 'f', 'j', 'v', 'x', 'z'] },
  // Chile's regions ("Antofagasta Region"); CLDR names two by their long or split names.
  CL: { kind: 'Region', suffix: ' Region', titles: { bi: 'Biobío Region', li: "O'Higgins Region" } },
  CO: { kind: 'Department', suffix: ' Department', skip: ['dc', 'sap'] },
  GT: { kind: 'Department', suffix: ' Department', skip: ['01'] },
  HN: { kind: 'Department', suffix: ' Department' },
  EC: { kind: 'Province', suffix: ' Province', skip: ['b'] },
  CA: { kind: 'Province', suffix: '' },
  // Europe
  DE: { kind: 'State', suffix: '', skip: ['be', 'hb', 'hh'] },
};

/** Names that are no bare alias (the title and the prefixed forms stay): ordinary Indonesian
 *  or English words, given names and surnames, and another entity's name (a sea, an island, a
 *  volcano, a river, a country, a company or a bank). Compared without diacritics. */
export const REGION_BARE_EXCLUSIONS = {
  // Indonesian and English words ("bolu" sponge cake, "meru" a shrine's tiered roof, "mara"
  // as in "mara bahaya", "talas" taro, "hama" pest, "nyeri" pain, "wasit" referee, "kep"
  // as in "kep. " for kepulauan, "tete"), a company (Meta), a news agency (Fars) and a film's
  // hero (Batman); the world-cities list's words (Van, Kars, Bursa); Viet Nam's Long An, in lower
  // case an Indonesian phrase ("menolong anak").
  words: ['Delta', 'Plateau', 'Rivers', 'Valle', 'Meta', 'Bolu', 'Van', 'Kars', 'Bursa', 'Batman', 'Meru', 'Fars', 'Mara', 'Talas', 'Tete',
    'Hama', 'Nyeri', 'Wasit', 'Kep', 'Long An'],
  // Given names and surnames (Indonesian "Edo", "Nandi", "Bong", "Lindi"; Latin American heroes and
  // surnames that name departments and provinces), saints, and given names of the news abroad
  // ("Farah", "Isabel", Arabic "Muthanna", Japanese "Takeo", Turkish "Aydın") and Saladin.
  givenNames: ['Nandi', 'Edo', 'Bong', 'Bolívar', 'Sucre', 'Magdalena', 'Cesar', 'Caldas', 'Santander', 'Cortés', 'Colón', 'Lempira',
    'Francisco Morazán', 'Orellana', 'Mendoza', 'Santa Rosa', 'San Marcos', 'Santa Bárbara', 'Santa Elena', 'La Paz',
    'Lindi', 'Farah', 'Isabel', 'Muthanna', 'Takeo', 'Aydın', 'Saladin',
    // Chile's liberator and Magellan (Spanish "Magallanes", as in its strait), Mongolia's revolutionary.
    "O'Higgins", 'Magallanes', 'Sükhbaatar'],
  // Another entity's name: a country (Niger; Zaire, Congo's old name; Formosa, Taiwan's), a
  // sea, a strip, a US state, islands, volcanoes, a mountain, rivers, a region across borders
  // (Kurdistan, Misiones), England's Midlands (Zimbabwe's province has the prefixed forms), and
  // peoples (eval/README: a people is no place).
  otherEntities: ['Midlands', 'Niger', 'Zaire', 'Formosa', 'Red Sea', 'Gaza', 'Maryland', 'Galápagos', 'Bay Islands', 'Chimborazo', 'Cotopaxi',
    'Tungurahua', 'Kilimanjaro', 'Napo', 'Amazonas', 'Río Negro', 'Kurdistan', 'Misiones', 'Afar', 'Somali', 'Amhara', 'Harari',
    // a desert (Chile's Atacama) and rivers (Mongolia's Selenge and Orkhon).
    'Atacama', 'Selenge', 'Orkhon'],
};

/** The English title of CLDR code `code` (country `cc`, CLDR name `name`): a hand-set title,
 *  else the name (without a suffix CLDR already wrote, "Boké Region") and the country's suffix. */
export function regionTitle(cc, code, name) {
  const c = COUNTRIES[cc];
  const titled = c.titles?.[code];
  if (titled !== undefined) return titled;
  const bare = c.suffix && name.endsWith(c.suffix.trim().replace(/^./, (x) => x.toUpperCase())) ? name.slice(0, name.lastIndexOf(' ')) : name;
  return bare + c.suffix;
}

/** The name without its suffix: "Oromia Region" -> "Oromia", "Preah Sihanouk province" ->
 *  "Preah Sihanouk" (a title that is the bare name stays). */
export function bareName(title, suffix) {
  return suffix && title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
}

/** The aliases of a subdivision: its title, its name written after the Indonesian words of
 *  its kind ("Provinsi Preah Sihanouk", "Negara Bagian Jigawa") and before the English one
 *  ("Kisumu County" is the title; "County Kisumu" an Indonesian order), the same without
 *  diacritics, and the bare name unless it is excluded. */
export function regionAliases(title, cc, excluded) {
  const c = COUNTRIES[cc];
  const bare = bareName(title, c.suffix);
  const kind = KINDS[c.kind];
  const out = [title];
  for (const w of kind.id) out.push(`${w} ${bare}`);
  if (c.suffix && c.suffix.trim() !== kind.en) out.push(`${bare} ${kind.en}`);
  // (a title that is the bare name stays: Germany's "Bavaria", Canada's "Ontario")
  if (!excluded.has(folded(bare))) out.push(bare);
  for (const a of [...out]) if (written(a) !== a) out.push(written(a));
  return [...new Set(out)];
}

/** A name as news without diacritics write it: the marks dropped and Vietnamese "Đ", a letter
 *  of its own that no mark decomposes, written "D" ("Bình Định" -> "Binh Dinh", "Đắk Lắk" ->
 *  "Dak Lak"). */
function written(name) {
  return folded(name).replace(/Đ/g, 'D').replace(/đ/g, 'd');
}

function build(dir, pkg) {
  const names = JSON.parse(readFileSync(join(dir, 'subdivisions', 'en', 'en.json'), 'utf8')).subdivisions.localeDisplayNames.subdivisions;
  const excluded = new Set(Object.values(REGION_BARE_EXCLUSIONS).flat().map(folded));
  const rows = [];
  const seenBare = new Set();
  for (const [cc, c] of Object.entries(COUNTRIES)) {
    const prefix = cc.toLowerCase();
    const codes = Object.keys(names).filter((k) => k.startsWith(prefix) && k.length > 2).map((k) => k.slice(2));
    for (const key of [...Object.keys(c.titles ?? {}), ...(c.skip ?? [])]) {
      if (!codes.includes(String(key))) throw new Error(`${cc}: no CLDR code ${key}`);
    }
    for (const code of codes) {
      if (c.skip?.includes(code) || (c.only && !c.only.test(code))) continue;
      const title = regionTitle(cc, code, names[prefix + code]);
      rows.push([title, cc, ...regionAliases(title, cc, excluded).slice(1)]);
      seenBare.add(folded(bareName(title, c.suffix)));
    }
  }
  const unused = [...excluded].filter((x) => !seenBare.has(x));
  if (unused.length) throw new Error(`bare-name exclusions that name no subdivision: ${unused.join(', ')}`);
  rows.sort(([a], [b]) => a.localeCompare(b));
  const out = {
    source: `${pkg.name} ${pkg.version} (npm), Unicode CLDR (https://cldr.unicode.org)`,
    license: 'Unicode License v3 (https://www.unicode.org/license.txt); see data/kb/generated/README.md',
    command: `node scripts/build-world-regions.mjs ${pkg.name}-${pkg.version}.tgz`,
    kinds: Object.fromEntries(Object.entries(COUNTRIES).map(([cc, c]) => [cc, c.kind])),
    regions: rows,
  };
  const bytes = writeCompactJson(OUT, out);
  console.log(`wrote ${OUT}: ${rows.length} subdivisions of ${Object.keys(COUNTRIES).length} countries (${rows.reduce((n, r) => n + r.length - 2, 0)} aliases), ${bytes} bytes`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) mainWithPackage('node scripts/build-world-regions.mjs <cldr-subdivisions-full tarball or directory>', 'cldr-subdivisions-', build);
