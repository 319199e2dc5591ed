// What the corpus index holds in the heap per article, as the extension holds it after a
// warm reopen: N cached articles loaded from the persistent cache (index-cache-store.ts)
// with the corpus index's name pool, every summary put into a CorpusIndex (the store and
// the index share each summary). 2,000 distinct generated articles stand for N (analysing
// 100,000 would take minutes); each loaded article is its own decoded copy, as on disk.
// usage: node --expose-gc --import tsx bench/index-memory.ts [COUNT] [--snapshot FILE]
//   (default 100000; --snapshot writes a heap snapshot after loading, for a breakdown)
import { rmSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';
import { generateArticles } from './article-generator';
import { analyze } from '../src/core/recognize/analyze';
import { curate, summarizeCurated } from '../src/core/curation';
import { contentHash } from '../src/core/incremental/hash';
import { readTextMetadata } from '../src/core/metadata/read-text';
import { CorpusIndex } from '../src/core/incremental/corpus-index';
import { StringPool } from '../src/core/incremental/compact-summary';
import { PackedSummary } from '../src/core/incremental/packed-summary';
import { cacheKey, RECOGNIZER_VERSION, type CachedArticle } from '../src/core/incremental/index-cache';
import { IndexCacheStore } from '../src/core/incremental/index-cache-store';
import { tempCacheFiles } from './temp-cache-files';

const count = Number(process.argv[2] ?? 100_000);
const snapshotAt = process.argv.indexOf('--snapshot');
const snapshotFile = snapshotAt > 0 ? process.argv[snapshotAt + 1] : undefined;
const distinct = Math.min(count, 2000);
const writerNames = new StringPool();
const summaries = Array.from({ length: distinct }, (_, i) => {
  const text = generateArticles(1500, 1000 + i);
  const { outlet, date } = readTextMetadata(text);
  // With the outlet and date the text gives, as the corpus service keeps them.
  return PackedSummary.pack({ ...summarizeCurated(curate(analyze(text), []), contentHash(text)), textMetadata: { ...(outlet ? { outlet } : {}), ...(date ? { date } : {}) } }, writerNames);
});
const { dir, files } = tempCacheFiles('sorot-index-memory-bench-');
const pause = (): Promise<void> => new Promise((r) => setImmediate(r));
const key = cacheKey(RECOGNIZER_VERSION, 'bench');
const log = (l: string): void => void process.stderr.write(`${l}\n`);
/** A new flat string each call, as the extension's uri.toString() is: the index is keyed
 *  by it, and the cache entry keeps its own copy read from the file. */
const idOf = (i: number): string => ['file:///home/peneliti/korpus/bagian-', String(Math.floor(i / 1000)), '/artikel-', String(i), '.txt'].join('');

/** V8 heap in use plus array buffers' memory (outside the V8 heap, but the process's),
 *  after full collections and a moment for freed buffers to be released. */
async function memoryNow(): Promise<{ heap: number; buffers: number }> {
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

async function main(): Promise<void> {
  {
    const writer = new IndexCacheStore(files, key, { pause, log });
    for (let i = 0; i < count; i++) {
      const entry: CachedArticle = { id: idOf(i), summary: summaries[i % distinct]!, correctionsKey: '', stamp: { mtime: 1_700_000_000_000 + i, size: 1600 } };
      writer.put(entry);
    }
    await writer.save();
  }
  const before = await memoryNow();
  const index = new CorpusIndex();
  const store = new IndexCacheStore(files, key, { pause, log, names: index.names });
  const t0 = performance.now();
  await store.load();
  const t1 = performance.now();
  // CPU time as well: on a shared machine the wall time counts other processes' turns.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const id = idOf(i);
    const cached = store.get(id);
    if (cached) index.put(id, cached.summary);
  }
  const cpu = process.cpuUsage(cpu0);
  const ms = performance.now() - t0;
  const after = await memoryNow();
  const heap = after.heap - before.heap;
  const buffers = after.buffers - before.buffers;
  process.stdout.write(
    `${count} articles (${index.size} indexed, ${index.names.size} pooled names) loaded and indexed in ${ms.toFixed(0)} ms ` +
      `(load ${(t1 - t0).toFixed(0)} ms, index ${(ms - (t1 - t0)).toFixed(0)} ms, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU): ` +
      `heap +${(heap / 1e6).toFixed(0)} MB (${(heap / count / 1e3).toFixed(2)} kB per article), array buffers +${(buffers / 1e6).toFixed(1)} MB\n`,
  );
  if (snapshotFile) process.stdout.write(`heap snapshot: ${writeHeapSnapshot(snapshotFile)}\n`);
  rmSync(dir, { recursive: true, force: true });
  // Kept alive until measured.
  if (store.size !== index.size) process.stdout.write('store and index differ\n');
}

void main();
