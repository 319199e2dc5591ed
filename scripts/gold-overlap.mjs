// Audit: which runs of 6+ consecutive words in the project's own files (src/, test/, docs/,
// README.md, CHANGELOG.md) also occur in a gold article text (eval/gold/texts,
// eval/gold-new/dev/texts, eval/gold-new/test/texts).
// Why: the honesty rule says gold text never goes into code, comments or tests (tests and
// comments are written in our own words, with invented names). A shared run of six words is
// usually a copied sentence; a run made only of a body's or a place's proper name (every word
// capitalised and a knowledge-base word, a designation word such as "Dinas" or "Kabupaten",
// or a short acronym) is listed apart as NAMES-ONLY, since institutions keep their names.
// Held-out test gold stays unread by the person running this: a run shared with a test text
// prints only file:line, its sets and a hash of its words (sha1, 10 hex), never the words; dev
// and old runs print their words and the gold documents they come from.
// usage: node scripts/gold-overlap.mjs [--root DIR] [--json FILE]
//   --json FILE  also writes every run as JSON (test-side runs with words: null)
// Output: "== REAL n" and "== NAMES-ONLY n" sections, then "== SUMMARY" counts per location.
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const ROOT = resolve(option('--root') ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const JSON_OUT = option('--json');
const RUN = 6;
// Python's \w: letters, digits (any script) and "_" (combining marks are not word characters).
const WORD = /[\p{L}\p{N}_]+/gu;

const words = (text) => text.match(WORD) ?? [];
const isDigits = (w) => /^\p{Nd}+$/u.test(w);
const isUpperChar = (c) => c !== c.toLowerCase() && c === c.toUpperCase();
const isAllUpper = (w) => w !== w.toLowerCase() && w === w.toUpperCase();

const isFolder = (path) => { try { return statSync(path).isDirectory(); } catch { return false; } };

/** Every file under dir (hidden ones too; symlinked folders are not followed). */
function walkFiles(dir, out = []) {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walkFiles(path, out);
    else if (!(e.isSymbolicLink() && isFolder(path))) out.push(path);
  }
  return out;
}

// Words of the knowledge base's names and aliases (not descriptions, ids or schema links).
const kbWords = new Set();
const SKIPPED_KEYS = new Set(['description', '$schema', 'id', 'wikidata']);
function collectKbWords(value) {
  if (Array.isArray(value)) value.forEach(collectKbWords);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!SKIPPED_KEYS.has(key)) collectKbWords(v);
  } else if (typeof value === 'string') for (const w of words(value)) kbWords.add(w.toLowerCase());
}
for (const path of walkFiles(join(ROOT, 'data/kb'))) {
  if (path.endsWith('.json') && !relative(ROOT, path).split('/').some((p) => p.startsWith('.'))) {
    collectKbWords(JSON.parse(readFileSync(path, 'utf8')));
  }
}

// Designation words: capitalised parts of official names that the KB need not list.
const DESIGNATIONS = new Set(`direktur kedutaan ketua menteri unit induk distribusi satuan agen transmigrasi operasi
kesyahbandaran kelas cabang koperasi pamong praja satpol layanan publik pemerintahan niaga penanaman eksekutif nomor
pelatihan vokasi produktivitas chief kapolres stasiun manager tertib pembiayaan kependudukan pencatatan sipil bpbd
kepala dinas badan kantor kabupaten kota provinsi wakil sekretaris jenderal utama umum bidang bagian seksi kepala
kasat kapolsek kapolda kabid humas direktorat deputi asisten staf khusus wilayah daerah pusat regional balai lembaga
komisi divisi departemen biro subdirektorat kasubdit kanit kasi senin selasa rabu kamis jumat sabtu minggu januari
februari maret april mei juni juli agustus september oktober november desember wib wita wit ptn bh ukt pelaksana
tugas plt juru bicara jubir koordinator perwakilan rumah sakit umum rsud dr pt tbk persero cv
minum pemberdayaan penataan ruang pengawasan center rapat polres kajian konservasi konstruksi apoteker penyelesaian
markas perumda disnakertrans bappeda kejari stadion besar negeri tindak pidana korupsi pekerjaan tenaga kerja
masyarakat desa perusahaan daerah air pengawas obat makanan`.split(/\s+/));
const CONNECTIVES = new Set('dan di pada of for on and the'.split(' '));
const isNameWord = (w) => isDigits(w) || CONNECTIVES.has(w.toLowerCase()) ||
  (isUpperChar(w[0]) && (kbWords.has(w.toLowerCase()) || DESIGNATIONS.has(w.toLowerCase()) || (isAllUpper(w) && w.length <= 7)));

// Every 6-word window of the gold texts -> the (set, document) pairs it occurs in.
const gold = new Map();
const GOLD_SETS = { old: 'eval/gold/texts', dev: 'eval/gold-new/dev/texts', test: 'eval/gold-new/test/texts' };
for (const [set, dir] of Object.entries(GOLD_SETS)) {
  for (const name of readdirSync(join(ROOT, dir)).sort()) {
    const doc = name.split('-')[0];
    const ws = words(readFileSync(join(ROOT, dir, name), 'utf8')).map((w) => w.toLowerCase());
    for (let i = 0; i + RUN <= ws.length; i++) {
      const key = ws.slice(i, i + RUN).join(' ');
      let sources = gold.get(key);
      if (!sources) gold.set(key, (sources = new Set()));
      sources.add(`${set}\t${doc}`);
    }
  }
}

function readText(path) {
  const bytes = readFileSync(path);
  if (path.endsWith('.gz')) return new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(bytes));
  // Line numbers as an editor counts them: \r\n and a lone \r end one line each.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
}

const files = [];
for (const top of ['test', 'src', 'docs']) files.push(...walkFiles(join(ROOT, top)).sort());
files.push(join(ROOT, 'README.md'), join(ROOT, 'CHANGELOG.md'));

const runs = [];
for (const path of files) {
  if (path.endsWith('.png')) continue;
  let text;
  try {
    text = readText(path);
  } catch (error) {
    console.error('SKIP', path, error.message);
    continue;
  }
  const tokens = [];
  let line = 1, last = 0;
  for (const m of text.matchAll(WORD)) {
    for (let k = last; k < m.index; k++) if (text.charCodeAt(k) === 10) line++;
    last = m.index;
    tokens.push({ word: m[0], line });
  }
  const lower = tokens.map((t) => t.word.toLowerCase());
  const matched = [];
  for (let i = 0; i + RUN <= tokens.length; i++) matched.push(gold.get(lower.slice(i, i + RUN).join(' ')));
  for (let i = 0; i < matched.length; i++) {
    if (!matched[i]) continue;
    let j = i;
    const sources = new Set(matched[i]);
    while (j + 1 < matched.length && matched[j + 1]) for (const s of matched[++j]) sources.add(s);
    const runWords = tokens.slice(i, j + RUN).map((t) => t.word);
    const pairs = [...sources].map((s) => s.split('\t'));
    runs.push({
      file: relative(ROOT, path), line: tokens[i].line, endline: tokens[j + RUN - 1].line, n: runWords.length,
      sets: [...new Set(pairs.map(([s]) => s))].sort(),
      docs: [...new Set(pairs.filter(([s]) => s !== 'test').map(([, d]) => d))].sort(),
      testdocs: new Set(pairs.filter(([s]) => s === 'test').map(([, d]) => d)).size,
      words: runWords,
      namesonly: runWords.every(isNameWord),
      h: createHash('sha1').update(runWords.map((w) => w.toLowerCase()).join(' ')).digest('hex').slice(0, 10),
    });
    i = j;
  }
}

// Held-out test text never leaves this process.
for (const r of runs) if (r.sets.includes('test')) r.words = null;
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(runs));

function show(r) {
  const at = `${r.file}:${r.line}${r.endline !== r.line ? `-${r.endline}` : ''}`;
  if (r.sets.includes('test')) return `${at} [${r.sets.join(',')}] n=${r.n} hash=${r.h}${r.docs.length ? ` dev/old=${r.docs.join(',')}` : ''}`;
  return `${at} [${r.sets.join(',')}] ${r.docs.join(',')} n=${r.n} :: ${r.words.join(' ')}`;
}
const real = runs.filter((r) => !r.namesonly);
const namesOnly = runs.filter((r) => r.namesonly);
const lines = [`== REAL ${real.length}`, ...real.map(show), `== NAMES-ONLY ${namesOnly.length}`, ...namesOnly.map(show)];

// Counts per location (src, test, docs, README.md, CHANGELOG.md), test-side runs apart.
const location = (r) => r.file.split('/')[0];
lines.push('== SUMMARY (location: real [of which test-side] / names-only [of which test-side])');
for (const loc of [...new Set(runs.map(location))].sort()) {
  const count = (sel) => { const here = sel.filter((r) => location(r) === loc); return `${here.length} [${here.filter((r) => r.sets.includes('test')).length}]`; };
  const fileCount = new Set(real.filter((r) => location(r) === loc).map((r) => r.file)).size;
  lines.push(`${loc}: real ${count(real)} in ${fileCount} files / names-only ${count(namesOnly)}`);
}
console.log(lines.join('\n'));
