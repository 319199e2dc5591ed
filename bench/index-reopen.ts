// The core of a warm reopen outside VS Code: the persistent index of COUNT articles read
// back (IndexCacheStore.load, shards and names file) and taken into a corpus index
// (CorpusIndex.restore), in slices as the extension host runs them, with the wall time,
// the longest event-loop block (a 1 ms timer's longest gap) and the garbage-collection
// pauses. The editor bench measures the same inside VS Code with the listing and the
// stamps around it, in 14 minutes at 100,000 articles; this takes seconds once the cache
// is written.
//
// The names are about a large corpus's: 2,000 analysed articles stand for COUNT, and a
// name that is not among the common ones (those of 20 or more of the 2,000) is made the
// article's own, shared with a few other articles (SHARED_BY), so that most names belong
// to a few articles and some to nearly all (the editor bench's 100,000 generated articles
// have 537,891 names, about 35 per article; this makes 540,000 of 100,000).
// usage: node --import tsx bench/index-reopen.ts [COUNT] [--dir DIR] [--rounds N]
//   (default 100000; --dir keeps the cache there and reuses it when present; add
//   --expose-gc before --import for the heap the restored index holds)
import { probeLoop } from './loop-probe';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { generateArticles } from './article-generator';
import { analyze } from '../src/core/recognize/analyze';
import { curate, summarizeCurated } from '../src/core/curation';
import type { ArticleSummary } from '../src/core/incremental/article-summary';
import { contentHash } from '../src/core/incremental/hash';
import { readTextMetadata } from '../src/core/metadata/read-text';
import { CorpusIndex } from '../src/core/incremental/corpus-index';
import { PackedSummary } from '../src/core/incremental/packed-summary';
import { cacheKey, RECOGNIZER_VERSION } from '../src/core/incremental/index-cache';
import { type CacheFiles, IndexCacheStore } from '../src/core/incremental/index-cache-store';
import { TimeSlices } from '../src/core/incremental/time-slices';
import { tempCacheFiles } from './temp-cache-files';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const count = Number(args.find((a, k) => /^\d+$/.test(a) && !args[k - 1]?.startsWith('--')) ?? 100_000);
const rounds = Number(option('--rounds') ?? 1);
const distinct = Math.min(count, 2000);
/** A name in this many of the 2,000 articles or more is shared by the corpus's articles. */
const COMMON = 20;
/** An uncommon name is shared by about this many of the articles made from one analysed. */
const SHARED_BY = 3;
const key = cacheKey(RECOGNIZER_VERSION, 'bench-reopen');
const log = (l: string): void => void process.stderr.write(`${l}\n`);
/** As the extension host yields (event-loop.ts): setImmediate. */
const pause = (): Promise<void> => new Promise((r) => setImmediate(r));

function filesIn(dir: string): CacheFiles {
  return {
    read: (name) => fs.readFile(join(dir, name)).catch(() => undefined),
    write: (name, data) => fs.writeFile(join(dir, name), data),
    rename: (from, to) => fs.rename(join(dir, from), join(dir, to)),
    remove: (name) => fs.rm(join(dir, name), { force: true }),
    oneByteText: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
  };
}

/** `s` with its uncommon names made the article's own (and a few others'). */
function ownNames(s: ArticleSummary, article: number, common: ReadonlySet<string>): ArticleSummary {
  // The articles made from one analysed are `distinct` apart: groups of SHARED_BY of them.
  const group = article % (distinct * Math.max(1, Math.ceil(count / distinct / SHARED_BY)));
  const own = (n: string): string => (common.has(n) ? n : `${n} ${group}`);
  const ownOrNull = (n: string | null): string | null => (n === null ? null : own(n));
  return {
    ...s,
    actors: s.actors.map((a) => ({ ...a, canonical: own(a.canonical), surfaces: a.surfaces.map(own) })),
    quotes: s.quotes.map((q) => ({ ...q, speaker: ownOrNull(q.speaker) })),
    ...(s.reported ? { reported: s.reported.map((r) => ({ ...r, speaker: ownOrNull(r.speaker) })) } : {}),
  };
}

async function write(files: CacheFiles): Promise<void> {
  const t0 = performance.now();
  const plain = Array.from({ length: distinct }, (_, i) => {
    const text = generateArticles(1500, 1000 + i);
    const { outlet, date } = readTextMetadata(text);
    const s = summarizeCurated(curate(analyze(text), []), contentHash(text));
    return { ...s, textMetadata: { ...(outlet ? { outlet } : {}), ...(date ? { date } : {}) } };
  });
  const seen = new Map<string, number>();
  for (const s of plain) for (const n of new Set([...s.actors.map((a) => a.canonical), ...s.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))])) seen.set(n, (seen.get(n) ?? 0) + 1);
  const common = new Set([...seen].filter(([, n]) => n >= COMMON).map(([name]) => name));
  const index = new CorpusIndex();
  const store = new IndexCacheStore(files, key, { pause, log });
  for (let i = 0; i < count; i++) {
    const id = `file:///korpus/bagian-${String(Math.floor(i / 1000)).padStart(3, '0')}/artikel-${String(i).padStart(6, '0')}.txt`;
    const summary = PackedSummary.pack(ownNames(plain[i % distinct] as ArticleSummary, i, common), index.names);
    index.put(id, summary);
    store.put({ id, summary, correctionsKey: '', stamp: { mtime: 1_700_000_000_000 + i, size: 1600 } });
  }
  await store.save((articles, slices) => index.savedNames(articles, slices));
  log(`wrote ${count} articles (${common.size} common names, ${index.actors().length} names in all) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function reopen(files: CacheFiles): Promise<void> {
  const gcs: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push(e.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  const heap0 = heapNow();
  const cpu0 = threadCpu();
  const probe = probeLoop();
  const t0 = performance.now();
  const store = new IndexCacheStore(files, key, { pause, log });
  const loaded = await store.load();
  const t1 = performance.now();
  const saved = store.takeNames();
  if (!saved) throw new Error('no names file read');
  const index = new CorpusIndex();
  // The corpus service's slices (restoreFromCache: 8 ms).
  await index.restore(saved.articles, saved.names, new TimeSlices(pause, 8, () => performance.now()));
  const t2 = performance.now();
  const cpu = threadCpu() - cpu0;
  const longest = probe.longest();
  probe.stop();
  observer.disconnect();
  const heap1 = heapNow();
  const sorted = gcs.sort((a, b) => b - a);
  const total = gcs.reduce((a, b) => a + b, 0);
  console.log(`reopen of ${loaded.articles} articles, ${loaded.names} names: ${(t2 - t0).toFixed(0)} ms (load ${(t1 - t0).toFixed(0)} ms, restore ${(t2 - t1).toFixed(0)} ms), ${cpu.toFixed(0)} ms of this thread's CPU${hasThreadCpu ? '' : ' (the process\'s: Node < 23.9)'}; longest block ${longest.toFixed(1)} ms; GC ${gcs.length} pauses, ${total.toFixed(0)} ms, longest ${(sorted[0] ?? 0).toFixed(1)} ms, ${sorted.filter((d) => d > 16).length} over 16 ms; heap ${((heap1 - heap0) / 1048576).toFixed(1)} MB${(globalThis as { gc?: unknown }).gc ? '' : ' (not collected: run with --expose-gc)'}`);
  // Kept alive to here, so the heap counts them.
  if (index.size !== loaded.articles || store.size !== loaded.articles) throw new Error('not every article restored');
}

const hasThreadCpu = typeof (process as { threadCpuUsage?: unknown }).threadCpuUsage === 'function';
/** CPU milliseconds of this thread (Node 23.9+; the process's before): on a busy machine
 *  the wall time is mostly other processes' turns. */
function threadCpu(): number {
  const u = hasThreadCpu ? (process as unknown as { threadCpuUsage(): NodeJS.CpuUsage }).threadCpuUsage() : process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function heapNow(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const dirArg = option('--dir');
  const dir = dirArg ?? tempCacheFiles('sorot-index-reopen-bench-').dir;
  mkdirSync(dir, { recursive: true });
  const files = filesIn(dir);
  if (!existsSync(join(dir, 'index-names.jsonl')) || readdirSync(dir).length === 0) await write(files);
  for (let r = 0; r < rounds; r++) await reopen(files);
}

void main();
