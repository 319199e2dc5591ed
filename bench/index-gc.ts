// Where the extension host's long event-loop blocks while indexing come from, without
// VS Code (the editor bench takes 10 to 16 minutes at 100,000 articles; this, 1 to 4):
// the cold index of COUNT generated articles, one article per event-loop turn as the
// corpus service does, with every garbage-collection pause recorded by kind.
//   host    analyse on the main thread (as the extension does today)
//   worker  analyse in a worker thread; the main thread only takes the packed summaries
//           (batches of 20) as the extension does, their names sent once by the worker
//           (sent-names.ts), and puts them into the corpus index
// usage: node --import tsx bench/index-gc.ts host|worker [COUNT]      (default 20000)
//   add --single-threaded-gc (a V8 flag, before --import) to compare GC without helper threads
// The pauses are wall time: on a machine whose cores are busy, a parallel GC waits for its
// helper threads to be scheduled, so run it on a quiet machine and quote the load average.
import { createRequire } from 'node:module';
import os from 'node:os';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { generateArticles } from './article-generator';
import { curate, summarizeCurated } from '../src/core/curation';
import { StringPool } from '../src/core/incremental/compact-summary';
import { CorpusIndex } from '../src/core/incremental/corpus-index';
import { contentHash } from '../src/core/incremental/hash';
import { PackedSummary, type SentParts } from '../src/core/incremental/packed-summary';
import { NameReceiver, NameSender } from '../src/core/incremental/sent-names';
import { analyze } from '../src/core/recognize/analyze';

const BATCH = 20;
/** PerformanceEntry 'gc' detail.kind values (node:perf_hooks constants). */
const GC_KIND: Record<number, string> = { 1: 'scavenge (minor)', 2: 'minor mark-sweep', 4: 'mark-compact (major)', 8: 'incremental marking', 16: 'weak callbacks' };

interface Batch { items: Array<{ i: number; parts: SentParts }> }

const idOf = (i: number): string => `file:///korpus/bagian-${Math.floor(i / 1000)}/artikel-${i}.txt`;

function summaryOf(i: number, pool: StringPool): PackedSummary {
  const text = generateArticles(1500, 1000 + i);
  return PackedSummary.pack(summarizeCurated(curate(analyze(text), []), contentHash(text)), pool);
}

function workerMain(): void {
  const { count } = workerData as { count: number };
  const sender = new NameSender();
  let batch: Batch = { items: [] };
  for (let i = 0; i < count; i++) {
    const { names, ...parts } = summaryOf(i, new StringPool()).parts();
    batch.items.push({ i, parts: { ...parts, ...sender.send(names) } });
    if (batch.items.length === BATCH || i === count - 1) {
      parentPort!.postMessage(batch);
      batch = { items: [] };
    }
  }
  parentPort!.postMessage('done');
}

/** A worker running this file from its TypeScript source: tsx's require hook does not
 *  reach worker threads by itself (as src/cli/parallel/pool.ts starts its workers). */
function startWorker(count: number): Worker {
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(__filename)});`, { eval: true, workerData: { count, benchIndexGcWorker: true } });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : 0;
}

function main(): void {
  const mode = process.argv[2] ?? 'host';
  const count = Number(process.argv[3] ?? 20_000);
  if ((mode !== 'host' && mode !== 'worker') || !Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: node --import tsx bench/index-gc.ts host|worker [COUNT]\n');
    process.exit(2);
  }
  const pauses = new Map<number, number[]>();
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      const list = pauses.get(kind) ?? [];
      list.push(e.duration);
      pauses.set(kind, list);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const index = new CorpusIndex();
  const turns: number[] = [];
  const t0 = performance.now();
  const report = (): void => {
    delay.disable();
    observer.disconnect();
    const ms = performance.now() - t0;
    turns.sort((a, b) => a - b);
    const [l1] = os.loadavg();
    const out = [
      `${mode}: ${count} articles indexed in ${(ms / 1000).toFixed(1)} s (load average ${l1!.toFixed(1)}, ${os.cpus().length} cores); heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, array buffers ${(process.memoryUsage().arrayBuffers / 1e6).toFixed(0)} MB`,
      `  event loop: longest delay ${(delay.max / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms; main-thread turns ${turns.length}, in all ${turns.reduce((s, t) => s + t, 0).toFixed(0)} ms, longest ${turns[turns.length - 1]!.toFixed(1)} ms, over 16 ms: ${turns.filter((t) => t > 16).length}`,
    ];
    for (const [kind, list] of [...pauses].sort((a, b) => a[0] - b[0])) {
      list.sort((a, b) => a - b);
      const sum = list.reduce((s, x) => s + x, 0);
      out.push(`  gc ${GC_KIND[kind] ?? kind}: ${list.length} pauses, ${sum.toFixed(0)} ms in all, p50 ${percentile(list, 0.5).toFixed(1)}, p99 ${percentile(list, 0.99).toFixed(1)}, longest ${list[list.length - 1]!.toFixed(1)} ms`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
  };
  if (mode === 'host') {
    summaryOf(0, new StringPool()); // the knowledge base's index and the JIT warm, not timed
    let i = 0;
    const step = (): void => {
      const s = performance.now();
      index.put(idOf(i), summaryOf(i, index.names));
      turns.push(performance.now() - s);
      if (++i < count) setImmediate(step);
      else setImmediate(report);
    };
    setImmediate(step);
    return;
  }
  const worker = startWorker(count);
  const names = new NameReceiver();
  worker.on('message', (m: Batch | 'done') => {
    if (m === 'done') {
      void worker.terminate();
      setImmediate(report);
      return;
    }
    const s = performance.now();
    for (const { i, parts } of m.items) {
      names.receive(parts.newNames);
      index.put(idOf(i), PackedSummary.received({ parts, names }, index.names));
    }
    turns.push(performance.now() - s);
  });
}

if (isMainThread) main();
else if ((workerData as { benchIndexGcWorker?: boolean } | undefined)?.benchIndexGcWorker) workerMain();
