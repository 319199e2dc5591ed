// Export throughput: 10,000 generated articles with 20 annotations each (plus 8 actor
// mentions and 2 quotes per article, as `--recognized` adds) exported to every format.
// Baseline, measured in the same run: merely reading the article and sidecar files.
// The corpus generator is shared with agreement.bench.ts (two annotators per article).
import { promises as fsp } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSidecarBytes } from '../src/core/annotations/parse';
import { serializeSidecar } from '../src/core/annotations/serialize';
import { makeTarget } from '../src/core/annotations/target';
import type { Annotation, Polarity, SourceType } from '../src/core/annotations/types';
import { exportAs, EXPORT_FORMATS, type ExportArticle } from '../src/core/export';
import type { ActorMention, Quote } from '../src/core/recognize/types';
import { decodeText } from '../src/core/text/decode';

export const ARTICLES = 10_000;
export const PER_ARTICLE = 20;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words and names invented for the benchmark.
const WORDS = ['pemerintah', 'kebijakan', 'anggaran', 'daerah', 'warga', 'harga', 'pasar', 'rapat', 'keputusan', 'pembangunan', 'jalan', 'sekolah', 'petani', 'nelayan', 'bantuan', 'program', 'tahun', 'depan', 'kembali', 'segera', 'dengan', 'untuk', 'tidak', 'akan', 'sudah', 'masih', 'belum', 'baru'];
const PEOPLE = ['Andi Saputra', 'Rina Wulandari', 'Bambang Hartono', 'Siti Rahmawati', 'Yusuf Maulana', 'Dewi Lestari Putri'];
const PLACES = ['Surabaya', 'Makassar', 'Medan', 'Kupang', 'Pontianak'];
const SOURCE_TYPES: SourceType[] = ['official', 'news agency', 'media', 'anonymous', 'document', 'social media'];
const POLARITIES: Polarity[] = ['favor', 'against', 'neutral'];
const TIME = '2025-01-15T09:30:00.000Z';

export interface GeneratedArticle extends ExportArticle {
  second: Annotation[];
}

/** Deterministic articles (CRLF in every third, an emoji in every fifth), 20 annotations
 *  by "ani", a perturbed copy by "budi" (shifted, relabelled, dropped, added spans). */
export function generateCorpus(count = ARTICLES, seed = 6): GeneratedArticle[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  let idCounter = 0;
  const newId = () => '01JB' + crockford(idCounter++, 22);
  const out: GeneratedArticle[] = [];
  for (let n = 0; n < count; n++) {
    const nl = n % 3 === 0 ? '\r\n' : '\n';
    const parts: string[] = [`${pick(WORDS)} ${pick(WORDS)} di ${pick(PLACES)}${n % 5 === 0 ? ' 🙂' : ''}`];
    const actors: ActorMention[] = [];
    const quotes: Quote[] = [];
    let text = parts[0] + nl;
    for (let s = 0; s < 14; s++) {
      const who = pick(PEOPLE);
      const words = Array.from({ length: 12 + Math.floor(rnd() * 10) }, () => pick(WORDS)).join(' ');
      if (s % 7 === 3) {
        const qStart = text.length;
        text += `"${words[0].toUpperCase()}${words.slice(1)}," kata `;
        const qEnd = text.length - 6;
        actors.push({ start: text.length, end: text.length + who.length, text: who, type: 'PER', canonical: who });
        quotes.push({ start: qStart, end: qEnd, text: text.slice(qStart, qEnd), speaker: who, speakerMention: { start: text.length, end: text.length + who.length }, cue: 'kata' });
        text += `${who}.${nl}`;
      } else {
        actors.push({ start: text.length, end: text.length + who.length, text: who, type: 'PER', canonical: who });
        text += `${who} mengatakan ${words}.${s % 4 === 3 ? nl : ' '}`;
      }
    }
    const annotations: Annotation[] = [];
    const starts: number[] = [];
    for (let i = 1; i < text.length; i++) if (text[i - 1] === ' ' && text[i] !== ' ') starts.push(i);
    for (let k = 0; k < PER_ARTICLE; k++) {
      const s = starts[Math.floor(rnd() * (starts.length - 12))];
      let e = s;
      for (let w = 0; w < 2 + Math.floor(rnd() * 6); w++) e = text.indexOf(' ', e + 1) > 0 ? text.indexOf(' ', e + 1) : e;
      annotations.push(annotation(newId(), 'ani', text, s, Math.max(e, s + 1), k % 3, rnd));
    }
    const second: Annotation[] = [];
    for (const a of annotations) {
      const r = rnd();
      if (r < 0.05) continue; // dropped
      let x = { ...a, id: newId(), annotator: 'budi' } as Annotation;
      if (r < 0.15) x = annotation(x.id, 'budi', text, a.target.start, Math.min(text.length, a.target.end + 4), ['claim', 'stance', 'source'].indexOf(a.kind), rnd);
      else if (r < 0.22) x = annotation(x.id, 'budi', text, a.target.start, a.target.end, (['claim', 'stance', 'source'].indexOf(a.kind) + 1) % 3, rnd);
      second.push(x);
    }
    out.push({ path: `berita/${String(n).padStart(5, '0')}.txt`, text, annotations, actors, quotes, second });
  }
  return out;
}

/** n in Crockford base 32 (the ULID alphabet), left-padded to `width` digits. */
function crockford(n: number, width: number): string {
  const digits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let out = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 32)) out = digits[n % 32] + out;
  return out;
}

function annotation(id: string, annotator: string, text: string, start: number, end: number, kind: number, rnd: () => number): Annotation {
  const base = { id, target: makeTarget(text, start, end), annotator, created: TIME, modified: TIME, status: 'accepted' as const, tags: [] as string[] };
  if (kind === 0) return { ...base, kind: 'claim', claim: { claimant: 'Andi Saputra' } };
  if (kind === 1) return { ...base, kind: 'stance', stance: { holder: 'Rina Wulandari', target: 'anggaran', polarity: POLARITIES[Math.floor(rnd() * 3)] } };
  return { ...base, kind: 'source', source: { sourceName: 'Kementerian', sourceType: SOURCE_TYPES[Math.floor(rnd() * 6)], relation: 'direct' } };
}

/** Writes articles and per-annotator sidecars; returns every file path written. */
export async function writeCorpus(dir: string, corpus: GeneratedArticle[]): Promise<string[]> {
  const paths: string[] = [];
  await fsp.mkdir(join(dir, 'berita'), { recursive: true });
  for (const a of corpus) {
    const p = join(dir, a.path);
    const stem = p.slice(0, -4);
    await fsp.writeFile(p, a.text);
    await fsp.writeFile(`${stem}.ani.sorot.json`, serializeSidecar({ schemaVersion: 3, article: a.path.split('/').pop()!, annotator: 'ani', annotations: a.annotations }));
    await fsp.writeFile(`${stem}.budi.sorot.json`, serializeSidecar({ schemaVersion: 3, article: a.path.split('/').pop()!, annotator: 'budi', annotations: a.second }));
    paths.push(p, `${stem}.ani.sorot.json`, `${stem}.budi.sorot.json`);
  }
  return paths;
}

/** Reads every file as bytes: the baseline every other figure is compared with. */
export async function readAll(paths: string[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const p of paths) out.push(await fsp.readFile(p));
  return out;
}

/** Wall-clock and CPU time of a step. CPU time is printed too because the benchmark
 *  machine may be shared: wall time then includes waiting for a core. */
export interface Timed<T> {
  ms: number;
  cpuMs: number;
  value: T;
}

export function time<T>(fn: () => T): Timed<T> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<Timed<T>> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value };
}

/** One figure: wall and CPU time, ratio to the read baseline (wall), and for timed work
 *  the 3 s budget (judged on wall time). */
export function row(label: string, t: { ms: number; cpuMs: number }, baseline: number, extra = '', budget = true): string {
  const verdict = budget ? (t.ms < 3000 ? '  under 3 s' : '  OVER 3 s') : '';
  return `${label.padEnd(34)} ${t.ms.toFixed(0).padStart(7)} ms wall ${t.cpuMs.toFixed(0).padStart(7)} ms cpu  ${(t.ms / baseline).toFixed(2).padStart(6)} x read${verdict}${extra ? '  ' + extra : ''}\n`;
}

export function machineLine(): string {
  return `machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start\n`;
}

export async function run(): Promise<void> {
  const dir = await fsp.mkdtemp(join(tmpdir(), 'sorot-export-bench-'));
  try {
    process.stdout.write(machineLine());
    const corpus = generateCorpus();
    const paths = await writeCorpus(dir, corpus);
    const articlePaths = paths.filter((p) => p.endsWith('.txt'));
    const aniPaths = paths.filter((p) => p.endsWith('.ani.sorot.json'));
    const read = await timeAsync(() => readAll([...articlePaths, ...aniPaths]));
    const bytes = read.value.reduce((s, b) => s + b.length, 0);
    process.stdout.write(`${ARTICLES} articles x ${PER_ARTICLE} annotations (+8 actors, 2 quotes each), ${(bytes / 1048576).toFixed(1)} MB in ${ARTICLES * 2} files\n`);
    process.stdout.write(row('read files (baseline)', read, read.ms, '', false));
    const parse = time(() =>
      corpus.map((a, i) => {
        const decoded = decodeText(read.value[i]);
        const sidecar = parseSidecarBytes(read.value[ARTICLES + i]);
        if (!decoded.ok || !sidecar.ok) throw new Error(`generated file ${a.path} did not parse`);
        return { path: a.path, text: decoded.text, annotations: sidecar.sidecar.annotations, actors: a.actors, quotes: a.quotes };
      }),
    );
    process.stdout.write(row('decode articles + parse sidecars', parse, read.ms, '', false));
    const input = { articles: parse.value };
    for (const format of EXPORT_FORMATS) {
      const out = join(dir, 'out', format);
      const exported = time(() => exportAs(format, input));
      const write = await timeAsync(async () => {
        for (const f of exported.value.files) {
          const target = join(out, f.path);
          await fsp.mkdir(join(target, '..'), { recursive: true });
          await fsp.writeFile(target, f.contents);
        }
      });
      const size = exported.value.files.reduce((s, f) => s + f.contents.length, 0);
      process.stdout.write(row(`export ${format}`, exported, read.ms, `+ write ${exported.value.files.length} file(s) ${write.ms.toFixed(0)} ms, ${(size / 1048576).toFixed(1)} M chars`));
    }
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
