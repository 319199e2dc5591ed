// Times the persistent corpus index (core/incremental/index-cache-store.ts) at corpus
// scale outside VS Code: N cached articles saved to a temp folder and loaded back, with
// the longest stretch between two pauses (what would block the extension host).
// usage: npx tsx bench/index-cache.ts [COUNT]   (default 100000; node --expose-gc for retained heap:
//   node --expose-gc --import tsx bench/index-cache.ts)
import { probeLoop } from './loop-probe';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticles } from './article-generator';
import { analyze } from '../src/core/recognize/analyze';
import { curate, summarizeCurated } from '../src/core/curation';
import { contentHash } from '../src/core/incremental/hash';
import { cacheKey, RECOGNIZER_VERSION, type CachedArticle } from '../src/core/incremental/index-cache';
import { IndexCacheStore } from '../src/core/incremental/index-cache-store';
import { tempCacheFiles } from './temp-cache-files';
import { StringPool } from '../src/core/incremental/compact-summary';
import { PackedSummary } from '../src/core/incremental/packed-summary';

const count = Number(process.argv[2] ?? 100_000);
// 2,000 distinct summaries (analysing 100,000 texts would take minutes), each under many ids.
const distinct = Math.min(count, 2000);
const writerNames = new StringPool();
const summaries = Array.from({ length: distinct }, (_, i) => {
  const text = generateArticles(1500, 1000 + i);
  return PackedSummary.pack(summarizeCurated(curate(analyze(text), []), contentHash(text)), writerNames);
});
const { dir, files } = tempCacheFiles('sorot-index-cache-bench-');
const pause = (): Promise<void> => new Promise((r) => setImmediate(r));
const probe = probeLoop();
const key = cacheKey(RECOGNIZER_VERSION, 'bench');
const log = (l: string): void => void process.stderr.write(`${l}\n`);
/** Heap in use; after a full collection when node runs with --expose-gc (retained data only). */
function heapNow(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}
async function main(): Promise<void> {
const writer = new IndexCacheStore(files, key, { pause, log });
for (let i = 0; i < count; i++) {
  const entry: CachedArticle = { id: `file:///korpus/bagian-${Math.floor(i / 1000)}/artikel-${i}.txt`, summary: summaries[i % distinct]!, correctionsKey: '', stamp: { mtime: 1_700_000_000_000 + i, size: 1600 } };
  writer.put(entry);
}
let t = performance.now();
probe.reset();
await writer.save();
const saveMs = performance.now() - t;
const saveLongest = probe.longest();
const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
const heap0 = heapNow();
// Without a pool, as the extension loads it (persistent-index.ts).
const reader = new IndexCacheStore(files, key, { pause, log });
t = performance.now();
probe.reset();
const stats = await reader.load();
const loadMs = performance.now() - t;
const heap1 = heapNow();
process.stdout.write(
  `${count} articles: cache ${(bytes / 1e6).toFixed(1)} MB in 32 shards; save ${saveMs.toFixed(0)} ms (longest event-loop block ${saveLongest.toFixed(1)} ms); ` +
    `load ${loadMs.toFixed(0)} ms, ${stats.articles} articles (longest event-loop block ${probe.longest().toFixed(1)} ms); heap +${((heap1 - heap0) / 1e6).toFixed(0)} MB\n`,
);
rmSync(dir, { recursive: true, force: true });
probe.stop();
}

void main();
