#!/usr/bin/env node
// Builds data/kb/generated/idn-regions.json, the gazetteer of Indonesian provinces,
// regencies (kabupaten) and cities (kota), from the npm package idn-area-data. The
// package is NOT a dependency of Sorot: this script reads it from a directory or a
// tarball fetched once by hand, and the compact result is committed.
//
//   npm pack idn-area-data@4.0.1 --pack-destination /tmp
//   node scripts/build-gazetteer.mjs /tmp/idn-area-data-4.0.1.tgz
//
// Licence: the package's code is MIT, but its data (data/*.csv) is under the Open
// Database License 1.0; the generated file is a derivative database and carries that
// licence and the attribution (data/kb/generated/README.md).
//
// Districts (kecamatan) go to a second file, idn-districts.json: by the annotation spec they
// are not actors, and the recognizer uses their names to keep an unknown run that is one
// from being read as a person or a place. Only names of two words or more ("Loa Janan
// Ilir", "Telukjambe Timur"): a one-word name is most often also a town, a word or a given
// name, and a lone unknown word is weak anyway. A name that is also a province's, a
// regency's or a city's is left out (the KB's region wins).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data', 'kb', 'generated', 'idn-regions.json');
const DISTRICTS_OUT = join(ROOT, 'data', 'kb', 'generated', 'idn-districts.json');

/**
 * Bare names (the region's name without "Kabupaten"/"Kota") that are NOT made aliases,
 * only "Kabupaten X" / "Kota X" are. Each is an ordinary Indonesian word or phrase, or a
 * common given name, so a capitalised occurrence (sentence start, headline, a person) is
 * not evidence of the region. test/unit/kb/regions.test.ts checks that no remaining bare
 * name is a word of the recognizer's lexicon, a person alias of the KB, or a word found
 * in lower case in the evaluation texts; this list is what those checks and a reading of
 * all 514 names found.
 */
export const BARE_NAME_EXCLUSIONS = {
  // Ordinary words or phrases: "batu" stone, "batu bara" coal, "pati" starch, "kudus"
  // holy, "malang" unlucky, "banjar" row, "buru" hunt, "puncak" peak, "metro" (Metro TV,
  // Polda Metro Jaya), "landak" porcupine, "ketapang" a tree, "tegal" dry field, "batang"
  // stem, "kaur" a village official, "lingga" a Hindu symbol, "malaka" (Malacca).
  words: [
    'Batu', 'Batu Bara', 'Pati', 'Kudus', 'Malang', 'Banjar', 'Buru', 'Puncak', 'Metro', 'Landak',
    'Ketapang', 'Tegal', 'Batang', 'Kaur', 'Lingga', 'Malaka',
  ],
  // Peoples, whose name is a demonym and never an actor ("suku Karo", "orang Asmat"), and
  // a lake ("Danau Toba").
  peoples: ['Karo', 'Toba', 'Asmat', 'Manggarai'],
  // Islands named like their regency: the spec treats an island as a region, not an actor.
  islands: ['Muna', 'Buton', 'Bangka', 'Belitung', 'Nias', 'Simeulue', 'Samosir', 'Alor', 'Lembata', 'Sumbawa', 'Bintan', 'Karimun'],
  // Common given names: "Bima Arya", "Agam Rinjani".
  names: ['Bima', 'Agam'],
};

function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const cells = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let j = i + 1, cell = '';
        for (;;) {
          const q = line.indexOf('"', j);
          if (q < 0) throw new Error(`unclosed quote in ${line}`);
          cell += line.slice(j, q);
          if (line[q + 1] === '"') { cell += '"'; j = q + 2; continue; }
          i = q + 1;
          break;
        }
        cells.push(cell);
      } else {
        const c = line.indexOf(',', i);
        cells.push(line.slice(i, c < 0 ? line.length : c));
        i = c < 0 ? line.length : c;
      }
      if (line[i] !== ',') break;
      i++;
    }
    rows.push(cells);
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k]])));
}

/** An npm package's directory: `source` itself (or its package/), or a tarball unpacked
 *  into a temporary directory that cleanup() removes. */
export function packageDir(source, tmpPrefix) {
  if (statSync(source).isDirectory()) return { dir: existsSync(join(source, 'package')) ? join(source, 'package') : source, cleanup() {} };
  const tmp = mkdtempSync(join(tmpdir(), tmpPrefix));
  execFileSync('tar', ['xzf', source, '-C', tmp]);
  return { dir: join(tmp, 'package'), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** A build script's main: without a package on the command line, `usage` and exit code 2;
 *  with one (a tarball or a directory), `build(dir, pkg)` on its directory and its
 *  package.json, and the unpacked copy removed after. */
export function mainWithPackage(usage, tmpPrefix, build) {
  const source = process.argv[2];
  if (!source) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const { dir, cleanup } = packageDir(resolve(source), tmpPrefix);
  try {
    build(dir, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
  } finally {
    cleanup();
  }
}

/** The generated files' JSON: one key a line, one array element a line (small diffs). */
export function compactJson(out) {
  return '{\n' + Object.entries(out).map(([k, v]) =>
    Array.isArray(v) ? `  ${JSON.stringify(k)}: [\n${v.map((x) => '    ' + JSON.stringify(x)).join(',\n')}\n  ]` : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  ).join(',\n') + '\n}\n';
}

/** Writes `out` to `path` as compactJson; answers the bytes written, for the script's report. */
export function writeCompactJson(path, out) {
  const json = compactJson(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  return Buffer.byteLength(json);
}

function build(dir, pkg) {
  const csv = (name) => parseCsv(readFileSync(join(dir, 'data', name), 'utf8'));
  const provinces = csv('provinces.csv');
  const regencies = csv('regencies.csv');
  const districts = csv('districts.csv');
  const excluded = new Set(Object.values(BARE_NAME_EXCLUSIONS).flat());
  const bareOf = (name) => name.replace(/^(Kabupaten|Kota)( Administrasi)? /, '');
  const unused = [...excluded].filter((b) => !regencies.some((r) => bareOf(r.name) === b));
  if (unused.length) throw new Error(`exclusions that name no regency or city: ${unused.join(', ')}`);
  const out = {
    source: `${pkg.name} ${pkg.version} (npm), ${pkg.homepage ?? ''}`.trim(),
    license: 'Open Database License 1.0 (ODbL-1.0), https://opendatacommons.org/licenses/odbl/1-0/; see data/kb/generated/README.md',
    command: `node scripts/build-gazetteer.mjs ${pkg.name}-${pkg.version}.tgz`,
    // [code, name]
    provinces: provinces.map((p) => [p.code, p.name]),
    // [code, official name, 1 when the bare name is an alias too]
    regencies: regencies.map((r) => [r.code, r.name, excluded.has(bareOf(r.name)) ? 0 : 1]),
  };
  const bytes = writeCompactJson(OUT, out);
  const regionNames = new Set([...provinces.map((p) => p.name), ...regencies.flatMap((r) => [r.name, bareOf(r.name)])]);
  const districtNames = [...new Set(districts.map((d) => d.name.trim()))]
    .filter((n) => n.includes(' ') && !regionNames.has(n)).sort();
  // One-word names, kept apart: only a unit head's title makes one a place (the word after
  // "Kapolsek", "Danramil"), where the name model cannot tell "Sukawati" from "Slamet".
  const oneWordNames = [...new Set(districts.map((d) => d.name.trim()))]
    .filter((n) => !n.includes(' ') && !regionNames.has(n)).sort();
  const districtBytes = writeCompactJson(DISTRICTS_OUT, { source: out.source, license: out.license, command: out.command, districts: districtNames, oneWordDistricts: oneWordNames });
  const kept = out.regencies.filter((r) => r[2]).length;
  console.log(`wrote ${OUT}: ${provinces.length} provinces, ${regencies.length} regencies and cities ` +
    `(${kept} with their bare name as an alias, ${regencies.length - kept} excluded), ${bytes} bytes; ` +
    `${districts.length} districts read`);
  console.log(`wrote ${DISTRICTS_OUT}: ${districtNames.length} district names of two words or more and ${oneWordNames.length} of one word, ${districtBytes} bytes`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) mainWithPackage('node scripts/build-gazetteer.mjs <idn-area-data tarball or directory>', 'idn-area-data-', build);
