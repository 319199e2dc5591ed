#!/usr/bin/env node
// Builds data/kb/generated/idn-seats.json, the seats (ibu kota) of Indonesian regencies,
// from the npm package indonesia-cities-regencies (MIT). The package is NOT a dependency
// of Sorot: this script reads it from a directory or a tarball fetched once by hand, and the
// compact result is committed.
//
//   npm pack indonesia-cities-regencies@2.0.0 --pack-destination /tmp
//   node scripts/build-seats.mjs /tmp/indonesia-cities-regencies-2.0.0.tgz
//
// Why: a regency's seat ("Tenggarong", "Kutacane", "Waingapu") is a town the news names as a
// place, and the annotation spec annotates a town as a GPE; the KB knows the regency
// ("Kabupaten Kutai Kartanegara") but not its seat, so outside "di X" the unknown-name rule
// read the seat as a person or dropped it as a kecamatan. Only the seat's name is used (a
// city's seat is the city itself, which the KB already has).
//
// The package's table was scraped in 2018 from a Wikipedia list and carries its notes and
// slips ("Kalianda (kota)", "Marisa/Tilamuta", "Kecamatan Bantul", a <b> tag); the cleaning
// below undoes them. Its seat-to-regency pairing has slips too (Mentok and Toboali swapped
// between Bangka Barat and Bangka Selatan): the regency is kept only as a description.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BARE_NAME_EXCLUSIONS, mainWithPackage, writeCompactJson } from './build-gazetteer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data', 'kb', 'generated', 'idn-seats.json');
const DISTRICTS = join(ROOT, 'data', 'kb', 'generated', 'idn-districts.json');

/**
 * Seats that are NOT made KB names. test/unit/kb/seats.test.ts checks that no remaining
 * one-word seat is a lexicon word, a word of a KB person's name or a lower-case word of the
 * evaluation texts, and no two-word seat a lower-case phrase of them; this list is what those
 * checks and a reading of the seats found.
 */
export const SEAT_EXCLUSIONS = {
  // Ordinary words: "sumber" source, "negara" state, "benteng" fort, "tanjung" cape, "raya"
  // great, "waris" heir, "kisaran" range, "salak" a fruit, "pandan" a plant, "rantau" abroad,
  // "raba" touch, "kepi" cap, "maba" freshman; and phrases: "tanah merah" red soil, "sungai
  // raya" great river, "gunung tua" old mountain, "teluk dalam" deep bay, "karang baru" new
  // reef, "kota agung" great city.
  words: ['Sumber', 'Negara', 'Benteng', 'Tanjung', 'Raya', 'Waris', 'Kisaran', 'Salak', 'Pandan', 'Rantau', 'Raba', 'Kepi', 'Maba',
    // A company's name ("Weda Bay Nickel"); "Tamiang", cut from "Tamiang Layang", which is
    // also Aceh Tamiang's; "Raha", written far more in "Kie Raha", North Maluku's name (its
    // stadium, its club) than for the town of Muna; "ujung tanjung", the tip of a cape.
    'Weda', 'Tamiang', 'Raha', 'Ujung Tanjung',
    'Tanah Merah', 'Sungai Raya', 'Gunung Tua', 'Teluk Dalam', 'Karang Baru', 'Kota Agung',
    // Words that open sentences (review52b): "rumbia" the sago palm, "borong" buy up,
    // "manggar" a palm's blossom.
    'Rumbia', 'Borong', 'Manggar'],
  // Kecamatan names the package gives for a seat (Ranai's, Daruba's, Panaragan's): a kecamatan
  // is no actor.
  kecamatan: ['Bunguran Timur', 'Morotai Selatan', 'Tulang Bawang Tengah'],
  // Islands named like their seat (the spec treats an island as a region, not an actor).
  islands: ['Biak', 'Sanana', 'Pulau Pramuka'],
  // Given names: "Marisa".
  names: ['Marisa'],
};

/** Seats the news (and the evaluation sets) spell otherwise than the package: the news
 *  spelling is the canonical name, the package's an alias. */
const NEWS_SPELLINGS = new Map([
  ['Mentok', 'Muntok'],
  ['Tanjungredep', 'Tanjung Redeb'],
  ['Tanjungselor', 'Tanjung Selor'],
]);

/** The seat names one cell of the table stands for. */
export function seatNames(cell) {
  return cell
    .replace(/<[^>]*>/g, '') // a stray <b> tag
    .replace(/\([^)]*\)/g, '') // "(kota)", "(de facto)"
    .split(/\s*[/,]\s*/) // "Marisa/Tilamuta", "Brebes, Bumiayu"
    .map((s) => s.replace(/^Kecamatan /, '').replace(/\s+/g, ' ').trim())
    .filter((s) => s && s !== '-');
}

function build(dir, pkg) {
  const list = JSON.parse(readFileSync(join(dir, 'list.json'), 'utf8'));
  // One-word kecamatan names by their lower case ("sungailiat" -> "Sungailiat").
  const oneWordDistricts = new Map(JSON.parse(readFileSync(DISTRICTS, 'utf8')).oneWordDistricts.map((d) => [d.toLowerCase(), d]));
  const excluded = new Set([...Object.values(SEAT_EXCLUSIONS).flat(), ...Object.values(BARE_NAME_EXCLUSIONS).flat()]);
  const unused = Object.values(SEAT_EXCLUSIONS).flat().filter((x) => !list.some((r) => seatNames(r.capital).includes(x)));
  if (unused.length) throw new Error(`exclusions that name no seat: ${unused.join(', ')}`);
  const seats = new Map(); // name -> [regency, ...other spellings]
  let rows = 0;
  for (const r of list) {
    if (!r.name.startsWith('Kabupaten')) continue;
    rows++;
    for (const name of seatNames(r.capital)) {
      if (excluded.has(name)) continue;
      // "Sungai Liat" is officially "Sungailiat", the kecamatan's one-word name, as the news
      // write it: that spelling is the canonical name, the package's an alias.
      const joined = name.includes(' ') ? oneWordDistricts.get(name.replace(/ /g, '').toLowerCase()) : undefined;
      const canonical = NEWS_SPELLINGS.get(name) ?? joined ?? name;
      if (seats.has(canonical)) continue; // "Martapura" (Banjar and Ogan Komering Ulu Timur)
      seats.set(canonical, [r.name, ...(canonical !== name ? [name] : [])]);
    }
  }
  const out = {
    source: `${pkg.name} ${pkg.version} (npm), https://github.com/aldidana/indonesia-cities-regencies`,
    license: 'MIT (the package\'s LICENSE, Copyright (c) 2018 Aldi Perdana); see data/kb/generated/README.md',
    command: `node scripts/build-seats.mjs ${pkg.name}-${pkg.version}.tgz`,
    // [seat's canonical name, regency as the package names it, other spellings...]
    seats: [...seats].sort(([a], [b]) => a.localeCompare(b)).map(([name, rest]) => [name, ...rest]),
  };
  const bytes = writeCompactJson(OUT, out);
  const variants = out.seats.reduce((n, s) => n + s.length - 2, 0);
  console.log(`wrote ${OUT}: ${out.seats.length} seats of ${rows} regencies (${variants} other spellings), ${bytes} bytes`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) mainWithPackage('node scripts/build-seats.mjs <indonesia-cities-regencies tarball or directory>', 'idn-seats-', build);
