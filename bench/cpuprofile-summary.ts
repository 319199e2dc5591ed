// `npx tsx bench/cpuprofile-summary.ts FILE.cpuprofile [TOP] [--match TEXT]`: where a
// V8 CPU profile's time went, function by function, as two tables: self time (samples
// whose top frame is the function) and inclusive time (samples with the function anywhere
// on the stack, counted once per sample however deep it recurses). Functions are keyed by
// name, file and line, so two closures of one name stay apart. --match keeps only rows
// whose key contains TEXT (e.g. the bundle's name). --lines NAME prints, for the
// functions whose key contains NAME, the self time of each source line with the line's
// text (read from the profiled file, e.g. the bench's bundle). Made for profiles of
// bench/profile-analyze.ts (see its header), works on any .cpuprofile.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText } from '../src/core/text/decode';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** A file's text, decoded as the project decodes every file (src/core/text/decode.ts). */
function readText(path: string): string {
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.message}`);
  return decoded.text;
}

function keyOf(n: ProfileNode): string {
  const f = n.callFrame;
  const where = f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
}

function main(): void {
  const args = process.argv.slice(2);
  const matchAt = args.indexOf('--match');
  const match = matchAt >= 0 ? args.splice(matchAt, 2)[1] : undefined;
  const linesAt = args.indexOf('--lines');
  const linesOf = linesAt >= 0 ? args.splice(linesAt, 2)[1] : undefined;
  const [file, topArg] = args;
  if (!file) throw new Error('usage: cpuprofile-summary.ts FILE.cpuprofile [TOP] [--match TEXT]');
  const top = Number(topArg ?? 40);
  const profile = JSON.parse(readText(file)) as Profile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  // Time per sample: V8 records the delta before each sample, so sample i lasted timeDeltas[i + 1].
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    total += us;
    let id: number | undefined = profile.samples[i];
    const leaf = byId.get(id);
    if (!leaf) continue;
    const leafKey = keyOf(leaf);
    self.set(leafKey, (self.get(leafKey) ?? 0) + us);
    const seen = new Set<string>();
    while (id !== undefined) {
      const k = keyOf(byId.get(id) as ProfileNode);
      if (!seen.has(k)) {
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + us);
      }
      id = parent.get(id);
    }
  }
  const print = (title: string, m: Map<string, number>): void => {
    process.stdout.write(`\n${title} (of ${(total / 1000).toFixed(0)} ms sampled)\n`);
    const rows = [...m].filter(([k]) => !match || k.includes(match)).sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [k, us] of rows) {
      process.stdout.write(`${(us / 1000).toFixed(0).padStart(7)} ms ${(100 * us / total).toFixed(1).padStart(5)} %  ${k}\n`);
    }
  };
  print('self time', self);
  print('inclusive time', inclusive);
  if (linesOf !== undefined) printLines(profile, linesOf, total);
}

/** Self time by source line of the functions whose key contains `name`. */
function printLines(profile: Profile, name: string, total: number): void {
  const us = total / profile.nodes.reduce((n, node) => n + (node.positionTicks ?? []).reduce((t, p) => t + p.ticks, 0), 0);
  const ticks = new Map<string, number>();
  const sources = new Map<string, string[]>();
  for (const n of profile.nodes) {
    if (!n.positionTicks || !keyOf(n).includes(name)) continue;
    for (const p of n.positionTicks) {
      const k = `${n.callFrame.url}\0${p.line}`;
      ticks.set(k, (ticks.get(k) ?? 0) + p.ticks);
    }
  }
  process.stdout.write(`\nself time by line in functions matching "${name}" (ms, estimated from ticks)\n`);
  for (const [k, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    const [url, line] = k.split('\0');
    if (!sources.has(url)) {
      const path = url.startsWith('file:') ? fileURLToPath(url) : url;
      sources.set(url, existsSync(path) ? readText(path).split('\n') : []);
    }
    const text = (sources.get(url) as string[])[Number(line) - 1] ?? '';
    process.stdout.write(`${(t * us / 1000).toFixed(0).padStart(7)} ms  ${basename(url)}:${line}  ${text.trim().slice(0, 110)}\n`);
  }
}

main();
