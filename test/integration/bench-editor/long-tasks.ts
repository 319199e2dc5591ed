// What blocks the extension host's event loop: a CPU profile (the inspector, inside the
// extension host) cut into tasks at its idle samples; for each task longer than a frame,
// the functions that ran in it, by inclusive time. The bench prints them when
// SOROT_BENCH_PROFILE=1, to find the code to slice, not as a figure.
import * as inspector from 'node:inspector';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface LongTask {
  ms: number;
  /** "function (file:line) inclusive ms", most time first. */
  top: string[];
}

export async function startProfile(): Promise<() => Promise<LongTask[]>> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 250 });
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: Profile };
    session.disconnect();
    return longTasks(profile, 16);
  };
}

function longTasks(profile: Profile, thresholdMs: number): LongTask[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode): string => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} (${file}:${n.callFrame.lineNumber + 1})`;
  };
  const tasks: LongTask[] = [];
  let current: { ms: number; inclusive: Map<string, number> } | undefined;
  const close = (): void => {
    if (current && current.ms >= thresholdMs) {
      const top = [...current.inclusive].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([f, t]) => `${f} ${t.toFixed(1)} ms`);
      tasks.push({ ms: current.ms, top });
    }
    current = undefined;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i] as number);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === '(idle)') {
      close();
      continue;
    }
    current ??= { ms: 0, inclusive: new Map() };
    current.ms += dt;
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id) as ProfileNode;
      if (n.callFrame.functionName === '(root)') continue;
      const l = label(n);
      if (seen.has(l)) continue;
      seen.add(l);
      current.inclusive.set(l, (current.inclusive.get(l) ?? 0) + dt);
    }
  }
  close();
  return tasks.sort((a, b) => b.ms - a.ms);
}
