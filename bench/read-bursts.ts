// What reads under way at once cost the event loop between two slices of work, without
// VS Code: COUNT generated files read as the corpus index reads them with Node's fs
// (open, stat, read, close: node-article-files.ts), a chunk read ahead while the last
// one is worked on, 0.6 ms of work per file in 8 ms slices with a yield between
// (setImmediate). Each finished thread-pool operation is a callback on this thread; the
// time between the end of one slice and the start of the next is what they (and the
// rest of the turn) took. Rounds alternate the number of reads at once, so a machine
// whose load changes meanwhile weighs on each alike; "none" reads nothing (the floor).
// usage: node --import tsx bench/read-bursts.ts [COUNT]     (default 4000)
// Wall time: run it on a quiet machine and quote the load average.
import { existsSync, mkdirSync, promises as fs, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mapAtMost } from '../src/core/async/map-at-most';
import { generateArticles } from './article-generator';

const SLICE_MS = 8;
const WORK_MS = 0.6;
const CHUNK = 256;

async function read(file: string): Promise<number> {
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    const bytes = await handle.readFile();
    return bytes.byteLength === stat.size ? bytes.byteLength : -1;
  } finally {
    await handle.close();
  }
}

function work(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function round(files: readonly string[], atOnce: number | 'none'): Promise<string> {
  const readChunk = (chunk: readonly string[]): Promise<number[]> => (atOnce === 'none' ? Promise.resolve(chunk.map(() => 0)) : mapAtMost(chunk, atOnce, read));
  const between: number[] = [];
  const t0 = performance.now();
  let chunk = files.slice(0, CHUNK);
  let next = readChunk(chunk);
  let sliceStart = performance.now();
  for (let i = 0; i < files.length; ) {
    const done = await next;
    const following = files.slice(i + chunk.length, i + chunk.length + CHUNK);
    if (following.length > 0) next = readChunk(following);
    for (let k = 0; k < done.length; k++) {
      work(WORK_MS);
      if (performance.now() - sliceStart + WORK_MS > SLICE_MS) {
        const end = performance.now();
        await nextTurn();
        sliceStart = performance.now();
        between.push(sliceStart - end);
      }
    }
    i += chunk.length;
    chunk = following;
  }
  between.sort((a, b) => a - b);
  const at = (p: number): string => (between[Math.min(between.length - 1, Math.floor(between.length * p))] ?? 0).toFixed(1);
  return `${String(atOnce).padStart(4)} at once: ${((performance.now() - t0) / 1000).toFixed(1)} s; time between two slices p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, longest ${at(1)} ms`;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 4000);
  const dir = path.join(os.tmpdir(), `sorot-read-bursts-${count}`);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `artikel-${i}.txt`), generateArticles(1500, 1000 + i));
  }
  const files = Array.from({ length: count }, (_, i) => path.join(dir, `artikel-${i}.txt`));
  await round(files, 16); // the files in the page cache, the JIT warm: not reported
  process.stdout.write(`${count} files, ${WORK_MS} ms of work each in ${SLICE_MS} ms slices, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
  for (let r = 0; r < 2; r++) for (const atOnce of ['none', 256, 64, 16] as const) process.stdout.write(`${await round(files, atOnce)}\n`);
  process.stdout.write(`load average ${os.loadavg()[0]!.toFixed(1)}\n`);
}

void main();
