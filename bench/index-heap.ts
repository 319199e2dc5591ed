// What the corpus index is made of in the heap, by object kind: each old-generation
// collection of the extension host walks every object the index holds, so their number,
// more than their bytes, makes its pauses (issue 19). COUNT generated articles are
// analysed here and put into a CorpusIndex as the extension's cold index puts the
// recognizer's workers' summaries (names sent once: sent-names.ts); with --reopen, the
// index is then saved to a cache and a second index restored from it, as a warm reopen
// does (CorpusIndex.restore), and only that one kept. Two heap snapshots, with the index
// and once it is dropped, are summed by V8's node type and constructor; their difference
// is what the index holds, the kinds with most objects first (the recognizer's own
// caches, which grow as it analyses here and in the extension's workers, stay in both).
// usage: node --expose-gc --import tsx bench/index-heap.ts [COUNT] [--reopen] [--kinds] [--keep FILE]
//   (default 20000; --kinds takes the snapshots, which Node cannot read back as one string
//   beyond about 40,000 articles; --keep leaves the one with the index at FILE)
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { writeHeapSnapshot } from 'node:v8';
import { generateArticles } from './article-generator';
import { tempCacheFiles } from './temp-cache-files';
import { curate, summarizeCurated } from '../src/core/curation';
import { StringPool } from '../src/core/incremental/compact-summary';
import { CorpusIndex } from '../src/core/incremental/corpus-index';
import { contentHash } from '../src/core/incremental/hash';
import { cacheKey, RECOGNIZER_VERSION } from '../src/core/incremental/index-cache';
import { IndexCacheStore } from '../src/core/incremental/index-cache-store';
import { PackedSummary } from '../src/core/incremental/packed-summary';
import { NameReceiver, NameSender } from '../src/core/incremental/sent-names';
import { analyze } from '../src/core/recognize/analyze';
import { decodeText } from '../src/core/text/decode';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/u.test(a)) ?? 20_000);
const reopening = args.includes('--reopen');
const kindsWanted = args.includes('--kinds');
const keepAt = args.indexOf('--keep');
const keep = keepAt >= 0 ? args[keepAt + 1] : undefined;
const idOf = (i: number): string => ['file:///home/peneliti/korpus/bagian-', String(Math.floor(i / 1000)), '/artikel-', String(i), '.txt'].join('');
const pause = (): Promise<void> => new Promise((r) => setImmediate(r));

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  collect();
}

/** The cold index: each article analysed and sent as a worker sends it. */
function coldIndex(): CorpusIndex {
  const index = new CorpusIndex();
  const sender = new NameSender();
  const receiver = new NameReceiver();
  for (let i = 0; i < count; i++) {
    const text = generateArticles(1500, 1000 + i);
    const { names, ...parts } = PackedSummary.pack(summarizeCurated(curate(analyze(text), []), contentHash(text)), new StringPool()).parts();
    const sent = { ...parts, ...sender.send(names) };
    receiver.receive(sent.newNames);
    index.put(idOf(i), PackedSummary.received({ parts: sent, names: receiver }, index.names));
  }
  return index;
}

/** `index` saved to a cache and read back into a new index, as a warm reopen reads it,
 *  given to `take` (not resolved: an awaited promise's value stays alive a while). */
async function reopen(index: CorpusIndex, take: (restored: CorpusIndex) => void): Promise<void> {
  const { dir, files } = tempCacheFiles('sorot-index-heap-bench-');
  const key = cacheKey(RECOGNIZER_VERSION, 'bench');
  const log = (l: string): void => void process.stderr.write(`${l}\n`);
  const writer = new IndexCacheStore(files, key, { pause, log });
  for (let i = 0; i < count; i++) {
    const id = idOf(i);
    writer.put({ id, summary: index.packed(id) as PackedSummary, correctionsKey: '', stamp: { mtime: 1_700_000_000_000 + i, size: 1600 } });
  }
  await writer.save((articles, slices) => index.savedNames(articles, slices));
  const restored = new CorpusIndex();
  const store = new IndexCacheStore(files, key, { pause, log, names: restored.names });
  await store.load();
  const saved = store.takeNames();
  if (!saved || !(await restored.restore(saved.articles, saved.names))) throw new Error('the names file was not read back');
  rmSync(dir, { recursive: true, force: true });
  take(restored);
}

/** Node count and self size per "type constructor" of a heap snapshot file. */
function kinds(file: string): Array<{ kind: string; count: number; bytes: number }> {
  const decoded = decodeText(readFileSync(file));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
  const snap = JSON.parse(decoded.text) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const byKind = new Map<string, { count: number; bytes: number }>();
  for (let n = 0; n < snap.nodes.length; n += fields.length) {
    const type = types[snap.nodes[n + typeAt] as number] as string;
    // Strings by type only: their text is each one's name.
    const name = type === 'object' || type === 'closure' || type === 'hidden' || type === 'code' ? snap.strings[snap.nodes[n + nameAt] as number] : '';
    const kind = `${type} ${name}`.trim();
    const k = byKind.get(kind) ?? { count: 0, bytes: 0 };
    k.count++;
    k.bytes += snap.nodes[n + sizeAt] as number;
    byKind.set(kind, k);
  }
  return [...byKind].map(([kind, k]) => ({ kind, ...k })).sort((a, b) => b.count - a.count);
}

/** The kinds of a snapshot written now (kept at `file` when given). */
function snapshotKinds(file: string | undefined): Map<string, { count: number; bytes: number }> {
  const at = writeHeapSnapshot(file ?? `${os.tmpdir()}/sorot-index-heap-${process.pid}.heapsnapshot`);
  const out = new Map(kinds(at).map((k) => [k.kind, k]));
  if (!file) rmSync(at);
  return out;
}

async function main(): Promise<void> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const held: { index: CorpusIndex | undefined } = { index: coldIndex() };
  if (reopening) await reopen(held.index as CorpusIndex, (restored) => void (held.index = restored));
  const ms = performance.now() - t0;
  const { size, names } = { size: held.index!.size, names: held.index!.names.size };
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  const cpu0 = process.cpuUsage();
  gc();
  const fullGc = process.cpuUsage(cpu0);
  const out = [
    `${count} articles ${reopening ? 'indexed, saved and restored' : 'indexed'} in ${(ms / 1000).toFixed(1)} s (load ${os.loadavg()[0]!.toFixed(1)}): ${size} articles, ${names} pooled names, heap +${(heap / 1e6).toFixed(1)} MB; ` +
      `a full collection with the index ${((fullGc.user + fullGc.system) / 2000).toFixed(0)} ms of CPU`,
  ];
  if (kindsWanted) {
    const withIndex = snapshotKinds(keep);
    held.index = undefined;
    gc();
    const without = snapshotKinds(undefined);
    const diff = [...withIndex].map(([kind, k]) => ({ kind, count: k.count - (without.get(kind)?.count ?? 0), bytes: k.bytes - (without.get(kind)?.bytes ?? 0) }))
      .filter((k) => k.count > 0).sort((a, b) => b.count - a.count);
    out.push(`  the index's heap objects: ${diff.reduce((s, k) => s + k.count, 0)}`);
    out.push(...diff.slice(0, 12).map((k) => `  ${String(k.count).padStart(9)}  ${(k.bytes / 1e6).toFixed(1).padStart(7)} MB  ${k.kind}`));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
