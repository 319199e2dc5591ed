// The desktop's cold corpus index outside VS Code, against the editor bench's node:fs read
// baseline: COUNT generated articles (the editor bench's: 1,500 bytes, a folder per
// thousand) read with Node's fs 16 at a time, then summarised by the recognizer's worker
// threads as the corpus service has them do it (recognition-away.ts: the workers read,
// analyse, summarise and pack each file; the host takes the replies in the listing's
// order, at most AHEAD under way, and puts each summary in a CorpusIndex). The code is
// the shipped one (esbuild bundles of the host side and the worker script, in
// bench/.cache), so the ratio is the editor bench's without the workbench, the listing and
// the cache's save. With the CPU time of the host's thread and of the process (the
// workers are the difference). The files are written before the baseline and read by it
// first: both runs read them from the page cache.
// usage: npx tsx bench/index-cold.ts [COUNT] [--workers N] [--rounds N] [--dir DIR] [--threads]
//   (default 20000 articles; workers: the extension's default; rounds alternate baseline
//   and index; --dir keeps the corpus there and reuses it; --threads lists each thread's
//   CPU time, nice value and wait for a core after each index, Linux only)
import { existsSync, mkdirSync, mkdtempSync, promises as fs, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { generateArticles } from './article-generator';
import type { recognitionAway as recognitionAwaySource } from '../src/extension/services/corpus/recognition-away';
import type { CorpusIndex as CorpusIndexSource } from '../src/core/incremental/corpus-index';
import type { PackedSummary as PackedSummarySource } from '../src/core/incremental/packed-summary';
import type { loadBuiltinKb as loadBuiltinKbSource } from '../src/core/kb/builtin';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const count = Number(args.find((a, k) => /^\d+$/.test(a) && !args[k - 1]?.startsWith('--')) ?? 20_000);
const workers = option('--workers') === undefined ? undefined : Number(option('--workers'));
const rounds = Number(option('--rounds') ?? 1);
/** As corpus-service.ts AWAY_AHEAD: articles handed to the workers and not yet indexed. */
const AHEAD = 32;
const log = (l: string): void => void process.stdout.write(`${l}\n`);

interface Shipped {
  recognitionAway: typeof recognitionAwaySource;
  CorpusIndex: typeof CorpusIndexSource;
  PackedSummary: typeof PackedSummarySource;
  loadBuiltinKb: typeof loadBuiltinKbSource;
}

/** The host's side and the worker script bundled as scripts/build.mjs bundles them, side
 *  by side (recognition-away.ts finds the script next to itself). */
function shipped(): Shipped {
  const root = join(__dirname, '..');
  const outdir = join(__dirname, '.cache', 'index-cold');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true },
    logLevel: 'warning',
  } as const;
  buildSync({ ...common, entryPoints: { 'recognition-worker': join(root, 'src/extension/services/corpus/recognition-worker.ts') }, outdir });
  const contents = [
    "export { recognitionAway } from './src/extension/services/corpus/recognition-away';",
    "export { CorpusIndex } from './src/core/incremental/corpus-index';",
    "export { PackedSummary } from './src/core/incremental/packed-summary';",
    "export { loadBuiltinKb } from './src/core/kb/builtin';",
  ].join('\n');
  buildSync({ ...common, stdin: { contents, resolveDir: root, sourcefile: 'index-cold-host.ts', loader: 'ts' }, outfile: join(outdir, 'host.cjs') });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file built just now
  return require(join(outdir, 'host.cjs')) as Shipped;
}

function writeCorpus(dir: string): string[] {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `bagian-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const file = join(sub, `artikel-${String(i).padStart(6, '0')}.txt`);
    if (!existsSync(file)) writeFileSync(file, generateArticles(1500, 1000 + i));
    files.push(file);
  }
  return files;
}

/** The editor bench's node:fs baseline: the folders listed, every file read 16 at a time. */
async function readBaseline(dir: string): Promise<number> {
  const t0 = performance.now();
  const files = readdirSync(dir).flatMap((sub) => readdirSync(join(dir, sub)).map((f) => join(dir, sub, f)));
  for (let i = 0; i < files.length; i += 16) await Promise.all(files.slice(i, i + 16).map((f) => fs.readFile(f)));
  return performance.now() - t0;
}

/** A thread's CPU time in ms and its nice value, from /proc (Node 20 has no
 *  process.threadCpuUsage): utime and stime in clock ticks of 10 ms. */
function threadStat(tid: number | string): [number, number] {
  const f = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1').split(') ')[1]?.split(' ') ?? [];
  return [(Number(f[11]) + Number(f[12])) * 10, Number(f[16])];
}

/** CPU time of this process's main thread (the host's side) in ms. */
function mainThreadCpuMs(): number {
  return threadStat(process.pid)[0];
}

/** Each thread of this process: its id, CPU time in ms and nice value (the workers', V8's
 *  compiler and collector threads': a new worker compiles the recognizer anew). */
function threadsNow(): Array<[number, number, number]> {
  return readdirSync('/proc/self/task').map((tid) => [Number(tid), ...threadStat(tid)]);
}

/** How long a thread waited, runnable, for a core (ms) and in how many turns on one, from
 *  /proc's schedstat: on a loaded machine the wall time follows the wait more than the
 *  CPU (a worker that ran 12 s waited 24-44 s at load 13). */
function threadWait(tid: number): string {
  const [, wait, turns] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'latin1').trim().split(' ').map(Number);
  return `waited ${((wait ?? 0) / 1e6).toFixed(0)} ms for a core in ${turns} turns`;
}

interface IndexRun { ms: number; hostCpuMs: number; processCpuMs: number; indexed: number }

/** The cold index's worker path: every file handed to the workers, the replies taken in
 *  order with at most AHEAD under way, each summary put in the index. */
async function indexCold(s: Shipped, files: readonly string[]): Promise<IndexRun> {
  const kb = s.loadBuiltinKb();
  const away = s.recognitionAway((line) => log(line), workers);
  const index = new s.CorpusIndex();
  const cpu0 = process.cpuUsage();
  const host0 = mainThreadCpuMs();
  const t0 = performance.now();
  const pending: Array<ReturnType<NonNullable<typeof away.summarizeFile>>> = [];
  let k = 0;
  const take = async (): Promise<void> => {
    const read = await pending.shift();
    if (!read || read === 'large' || 'error' in read) throw new Error(`no summary of ${files[k]}`);
    index.put(files[k++] as string, s.PackedSummary.received(read, index.names));
  };
  for (const path of files) {
    pending.push((away.summarizeFile as NonNullable<typeof away.summarizeFile>)({ path, largeAbove: 150_000 }, kb));
    if (pending.length > AHEAD) await take();
  }
  while (pending.length > 0) await take();
  const ms = performance.now() - t0;
  if (args.includes('--threads')) for (const [tid, cpuMs, nice] of threadsNow()) log(`  thread ${tid}${tid === process.pid ? ' (main)' : ''}: ${cpuMs} ms of CPU, nice ${nice}, ${threadWait(tid)}`);
  const hostCpuMs = mainThreadCpuMs() - host0;
  const all = process.cpuUsage(cpu0);
  away.dispose();
  return { ms, hostCpuMs, processCpuMs: (all.user + all.system) / 1000, indexed: index.size };
}

async function main(): Promise<void> {
  const dir = option('--dir') ?? mkdtempSync(join(tmpdir(), 'sorot-index-cold-'));
  const s = shipped();
  const files = writeCorpus(dir);
  log(`${count} articles in ${dir}; workers: ${workers ?? 'the extension default'}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (let r = 0; r < rounds; r++) {
    const read = await readBaseline(dir);
    const run = await indexCold(s, files);
    const perArticle = (ms: number): string => `${((ms * 1000) / run.indexed).toFixed(0)} µs an article`;
    log(
      `round ${r + 1}: node:fs read ${read.toFixed(0)} ms; cold index ${run.ms.toFixed(0)} ms (${(run.ms / read).toFixed(2)}x), ${run.indexed} articles; ` +
        `CPU: host thread ${run.hostCpuMs.toFixed(0)} ms (${perArticle(run.hostCpuMs)}), other threads (the workers, the collector's) ${(run.processCpuMs - run.hostCpuMs).toFixed(0)} ms (${perArticle(run.processCpuMs - run.hostCpuMs)}); load ${loadavg()[0]?.toFixed(1)}`,
    );
  }
  if (option('--dir') === undefined) rmSync(dir, { recursive: true, force: true });
}

void main();
