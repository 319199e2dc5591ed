// What blocks the extension host's event loop: a CPU profile (the inspector, inside the
// extension host) and the blocks the event-loop probe saw (gaps between its 1 ms timers),
// both on the monotonic clock; for each block longer than a frame, the functions that
// ran in it, by inclusive time. The bench prints them when SOROT_BENCH_PROFILE=1, to
// find the code to slice, not as a figure. (Cutting the profile at its idle samples
// alone merges slices that yield through setImmediate: the loop never idles between.)
import { mkdirSync, writeFileSync } from 'node:fs';
import * as inspector from 'node:inspector';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  /** Microseconds on the monotonic clock (process.hrtime's). */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface LongTask {
  ms: number;
  /** Of `ms`, the CPU time the thread got (the rest it waited for a core). */
  cpuMs?: number;
  /** "function (file:line) inclusive ms", most time first. */
  top: string[];
}

/** A block of the event loop: from the last probe timer to the next one, in microseconds
 *  of process.hrtime. */
export interface Block {
  start: number;
  end: number;
  /** The CPU time the extension host's thread got in the block (NaN where Node cannot say). */
  cpuMs?: number;
}

/** Microseconds on the clock the profiler stamps its samples with. */
export function nowMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** SOROT_BENCH_PROFILE_DIR: each phase's whole profile is also written there as
 *  <phase>.cpuprofile (for DevTools or a script), to see where a slow phase's time went
 *  when no single block explains it, with its blocks as <phase>.blocks.json (every block
 *  sorted into ours, garbage collection or waiting: bench/blocks-summary.ts). */
const PROFILE_DIR = process.env.SOROT_BENCH_PROFILE_DIR;

export async function startProfile(phase = 'phase'): Promise<(blocks: readonly Block[]) => Promise<LongTask[]>> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 250 });
  await post('Profiler.start');
  return async (blocks) => {
    const { profile } = (await post('Profiler.stop')) as { profile: Profile };
    session.disconnect();
    if (PROFILE_DIR) {
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(join(PROFILE_DIR, `${phase}.cpuprofile`), JSON.stringify(profile));
      writeFileSync(join(PROFILE_DIR, `${phase}.blocks.json`), JSON.stringify(blocks));
    }
    // By the thread's CPU time where Node gives it: on a busy machine the longest blocks
    // by the clock are mostly the thread waiting for a core, not the extension's work.
    const weight = (t: LongTask): number => (t.cpuMs === undefined || Number.isNaN(t.cpuMs) ? t.ms : t.cpuMs);
    return blocks.map((b) => taskOf(profile, b)).sort((a, b) => weight(b) - weight(a));
  };
}

function taskOf(profile: Profile, block: Block): LongTask {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode): string => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} (${file}:${n.callFrame.lineNumber + 1})`;
  };
  const inclusive = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (t < block.start || t > block.end) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i] as number);
    if (!node) continue;
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id) as ProfileNode;
      if (n.callFrame.functionName === '(root)') continue;
      const l = label(n);
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
    }
  }
  const top = [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([f, ms]) => `${f} ${ms.toFixed(1)} ms`);
  return { ms: (block.end - block.start) / 1000, ...(block.cpuMs === undefined ? {} : { cpuMs: block.cpuMs }), top };
}
