// The core of a warm reopen on a cache folder the extension wrote (the editor bench's
// `corpus-index/` in its workspace storage, copied aside): IndexCacheStore.load and
// CorpusIndex.restore as bench/index-reopen.ts runs them, with the cache key taken from
// the first shard's header, so the editor bench's own corpus can be read back in seconds
// instead of a 20-minute run. The folder is only read.
// usage: node --expose-gc --import tsx bench/index-reopen-folder.ts DIR [--rounds N]
import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { CorpusIndex } from '../src/core/incremental/corpus-index';
import { type CacheFiles, IndexCacheStore, shardFileName } from '../src/core/incremental/index-cache-store';
import { TimeSlices } from '../src/core/incremental/time-slices';

const [dir, ...rest] = process.argv.slice(2);
if (!dir) throw new Error('usage: index-reopen-folder.ts DIR [--rounds N]');
const rounds = Number(rest[rest.indexOf('--rounds') + 1] ?? 1) || 1;
const pause = (): Promise<void> => new Promise((r) => setImmediate(r));
const first = readFileSync(join(dir, shardFileName(0)));
const key = (JSON.parse(first.subarray(0, first.indexOf(0x0a)).toString('utf8')) as { key: string }).key;
const files: CacheFiles = {
  read: (name) => fs.readFile(join(dir, name)).catch(() => undefined),
  write: () => Promise.reject(new Error('read only')),
  rename: () => Promise.reject(new Error('read only')),
  remove: () => Promise.resolve(),
  oneByteText: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
};

async function reopen(): Promise<void> {
  const gcs: number[] = [];
  const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ entryTypes: ['gc'] });
  const heap0 = heapNow();
  const cpu0 = threadCpu();
  const t0 = performance.now();
  const log: string[] = [];
  const store = new IndexCacheStore(files, key, { pause, log: (l) => log.push(l) });
  const loaded = await store.load();
  const t1 = performance.now();
  const saved = store.takeNames();
  const index = new CorpusIndex();
  if (saved) await index.restore(saved.articles, saved.names, new TimeSlices(pause, 8, () => performance.now()));
  const t2 = performance.now();
  const cpu = threadCpu() - cpu0;
  observer.disconnect();
  const heap1 = heapNow();
  const gcMs = gcs.reduce((a, b) => a + b, 0);
  console.log(`${loaded.articles} articles, ${loaded.names} names, ${loaded.discarded} shards discarded${log.length ? ` (${log[0]})` : ''}: ${(t2 - t0).toFixed(0)} ms (load ${(t1 - t0).toFixed(0)}, restore ${(t2 - t1).toFixed(0)}), thread CPU ${cpu.toFixed(0)} ms, GC ${gcs.length} pauses ${gcMs.toFixed(0)} ms, heap ${((heap1 - heap0) / 1048576).toFixed(1)} MB, outside the heap ${(process.memoryUsage().arrayBuffers / 1048576).toFixed(1)} MB`);
  if (index.size !== loaded.articles) throw new Error('not every article restored');
}

function threadCpu(): number {
  const p = process as unknown as { threadCpuUsage?: () => NodeJS.CpuUsage };
  const u = p.threadCpuUsage ? p.threadCpuUsage() : process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function heapNow(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

void (async () => {
  for (let r = 0; r < rounds; r++) await reopen();
})();
