// `npx tsx bench/blocks-summary.ts DIR/PHASE [--match TEXT] [--all]`: what made each
// event-loop block of an editor-bench phase, from the files SOROT_BENCH_PROFILE_DIR gets
// (PHASE.cpuprofile and PHASE.blocks.json, test/integration/bench-editor/long-tasks.ts).
// Each block over 16 ms is put in one of three kinds, by the thread CPU time the probe
// measured in it and the profile's samples in it:
//   ours     over 16 ms of CPU, and over 16 ms of the samples in JavaScript (not the
//            garbage collector, not V8's own "(program)" time): work to slice or move;
//   gc       over 16 ms of CPU, mostly garbage collection or "(program)";
//   waiting  16 ms of CPU or less: the thread waited for a core (or the disk).
// For "ours" and "gc" blocks (all with --all) it prints the functions that took the most
// self time in the block and the bundle's functions (--match, default "extension.js")
// with the most inclusive time.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText } from '../src/core/text/decode';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }
interface Block { start: number; end: number; cpuMs?: number | null }

/** The samples' split and functions in one block. */
export interface BlockTime {
  wallMs: number;
  cpuMs: number;
  gcMs: number;
  programMs: number;
  idleMs: number;
  jsMs: number;
  self: Map<string, number>;
  inclusive: Map<string, number>;
}

export type BlockKind = 'ours' | 'gc' | 'waiting';

const FRAME_MS = 16;

export function kindOf(b: Pick<BlockTime, 'cpuMs' | 'jsMs'>): BlockKind {
  if (!(b.cpuMs > FRAME_MS)) return 'waiting';
  return b.jsMs > FRAME_MS ? 'ours' : 'gc';
}

function readJson<T>(path: string): T {
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.message}`);
  return JSON.parse(decoded.text) as T;
}

function keyOf(n: ProfileNode): string {
  const f = n.callFrame;
  return `${f.functionName || '(anonymous)'}${f.url ? ` ${basename(f.url)}:${f.lineNumber + 1}` : ''}`;
}

/** The samples of `profile` in each of `blocks` (sorted by start), in one pass. */
export function blockTimes(profile: Profile, blocks: readonly Block[], match: string): BlockTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const out = sorted.map((b): BlockTime => ({ wallMs: (b.end - b.start) / 1000, cpuMs: b.cpuMs ?? NaN, gcMs: 0, programMs: 0, idleMs: 0, jsMs: 0, self: new Map(), inclusive: new Map() }));
  let t = profile.startTime;
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    while (at < sorted.length && (sorted[at] as Block).end < t) at++;
    const block = sorted[at];
    if (!block || t < block.start) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const into = out[at] as BlockTime;
    const leaf = byId.get(profile.samples[i] as number);
    if (!leaf) continue;
    const name = leaf.callFrame.functionName;
    if (name === '(garbage collector)') into.gcMs += ms;
    else if (name === '(program)') into.programMs += ms;
    else if (name === '(idle)') into.idleMs += ms;
    else into.jsMs += ms;
    into.self.set(keyOf(leaf), (into.self.get(keyOf(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id) as ProfileNode;
      if (!n.callFrame.url.includes(match)) continue;
      const k = keyOf(n);
      if (seen.has(k)) continue;
      seen.add(k);
      into.inclusive.set(k, (into.inclusive.get(k) ?? 0) + ms);
    }
  }
  return out;
}

const top = (m: Map<string, number>, n: number): string =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ');

function main(): void {
  const args = process.argv.slice(2);
  const matchAt = args.indexOf('--match');
  const match = matchAt >= 0 ? (args.splice(matchAt, 2)[1] as string) : 'extension.js';
  const all = args.includes('--all');
  const stem = args.find((a) => !a.startsWith('--'));
  if (!stem) throw new Error('usage: blocks-summary.ts DIR/PHASE [--match TEXT] [--all]');
  const times = blockTimes(readJson<Profile>(`${stem}.cpuprofile`), readJson<Block[]>(`${stem}.blocks.json`), match);
  const counts: Record<BlockKind, number> = { ours: 0, gc: 0, waiting: 0 };
  for (const b of times) counts[kindOf(b)]++;
  process.stdout.write(`${basename(stem)}: ${times.length} blocks over ${FRAME_MS} ms: ${counts.ours} ours, ${counts.gc} gc, ${counts.waiting} waiting; longest ${Math.max(0, ...times.map((b) => b.wallMs)).toFixed(1)} ms, most CPU ${Math.max(0, ...times.map((b) => b.cpuMs || 0)).toFixed(1)} ms\n`);
  for (const b of [...times].sort((x, y) => (y.cpuMs || 0) - (x.cpuMs || 0))) {
    const kind = kindOf(b);
    if (kind === 'waiting' && !all) continue;
    process.stdout.write(`\n${kind.padEnd(7)} wall ${b.wallMs.toFixed(1)} cpu ${b.cpuMs.toFixed(1)} | js ${b.jsMs.toFixed(1)} gc ${b.gcMs.toFixed(1)} program ${b.programMs.toFixed(1)} idle ${b.idleMs.toFixed(1)}\n`);
    process.stdout.write(`  self: ${top(b.self, 5)}\n  ours: ${top(b.inclusive, 8)}\n`);
  }
}

main();
