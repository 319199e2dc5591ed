// Ways to copy a name out of the text it was sliced from (compact-summary.ts detached):
// what V8 keeps of each copy (a heap snapshot's string nodes by kind: one flat string a
// name is the goal; a sliced string keeps a parent alive, a concatenated one two parts)
// and what each costs a name in CPU time, the ways in alternation (A B A B) in one process.
// (A TextDecoder round trip, also flat, is left out: the project turns bytes into text in
// one place only; it cost 1-2 µs a name of wall time at load 17.)
// usage: node --expose-gc --import tsx bench/detached-copy.ts [NAMES] [ROUNDS] [WAY ...]
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { detached } from '../src/core/incremental/compact-summary';
import { decodeText } from '../src/core/text/decode';

const names = Number(process.argv[2] ?? 50_000);
const rounds = Number(process.argv[3] ?? 6);
/** Only the ways whose names contain one of these (the others too if none given). */
const only = process.argv.slice(4);

const WAYS: Record<string, (s: string) => string> = {
  'detached (compact-summary.ts)': detached,
  'JSON round trip': (s) => (s.length === 0 ? '' : (JSON.parse(JSON.stringify(s)) as string)),
  "(' ' + s).slice(1)": (s) => (' ' + s).slice(1),
  'split, join': (s) => s.split('').join(''),
  'fromCharCode of the codes': (s) => {
    const codes = new Array<number>(s.length);
    for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
    return String.fromCharCode.apply(null, codes);
  },
  'fromCharCode of the codes, one array reused': (() => {
    const codes: number[] = [];
    return (s: string) => {
      codes.length = s.length;
      for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
      return String.fromCharCode.apply(null, codes);
    };
  })(),
  'decodeURIComponent(encodeURIComponent)': (s) => decodeURIComponent(encodeURIComponent(s)),
  'String.prototype.concat, then a slice': (s) => ''.concat(' ', s).slice(1),
  'template literal, then a slice': (s) => `${' '}${s}`.slice(1),
};

/** Names as the recognizer gives them: slices of an article's text, of 4 to 32 characters
 *  (V8 copies a slice shorter than 13). */
function slicedNames(): string[] {
  const words = ['Kementerian', 'Pertanian', 'Republik', 'Indonesia', 'Budi', 'Santoso', 'Kabupaten', 'Bandung', 'Barat', 'Dinas', 'Kesehatan'];
  const out: string[] = [];
  for (let a = 0; out.length < names; a++) {
    const text = Array.from({ length: 400 }, (_, i) => words[(i * 7 + a) % words.length] + (i % 5 === 0 ? ` ${a}-${i}` : '')).join(' ');
    for (let at = 0; at + 40 < text.length && out.length < names; at += 37) out.push(text.slice(at, at + 4 + (at % 29)));
  }
  return out;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  collect();
}

/** A snapshot's bytes as text, by the project's one decoder. */
function decodeOrThrow(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.text;
}

/** String nodes of the heap by kind (V8's node types), from a snapshot. */
function stringKinds(): Map<string, number> {
  gc();
  const file = path.join(os.tmpdir(), `sorot-detached-${process.pid}.heapsnapshot`);
  writeHeapSnapshot(file);
  const snap = JSON.parse(decodeOrThrow(readFileSync(file))) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  rmSync(file);
  const fields = snap.snapshot.meta.node_fields.length;
  const types = snap.snapshot.meta.node_types[0];
  const counts = new Map<string, number>();
  for (let i = 0; i < snap.nodes.length; i += fields) {
    const t = types[snap.nodes[i]];
    if (t.includes('string')) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

for (const name of Object.keys(WAYS)) if (only.length > 0 && !only.some((o) => name.includes(o))) delete WAYS[name];
const input = slicedNames();
// What each way keeps: the string nodes with its copies held and the texts dropped,
// less those without them.
const base = stringKinds();
for (const [name, way] of Object.entries(WAYS)) {
  const copies = input.map(way);
  for (let i = 0; i < copies.length; i++) if (copies[i] !== input[i]) throw new Error(`${name}: not the same characters`);
  const held = stringKinds();
  const kinds = [...held].map(([k, n]) => [k, n - (base.get(k) ?? 0)] as const).filter(([, n]) => Math.abs(n) > names / 100);
  console.log(`${name}: ${kinds.map(([k, n]) => `${k} ${n > 0 ? '+' : ''}${n}`).join(', ') || 'no string nodes of its own'} (${copies.length} copies held)`);
}
// Cost: each way over all names, the ways in turn, `rounds` times.
const times = new Map<string, number[]>();
for (let r = 0; r < rounds; r++) {
  for (const [name, way] of Object.entries(WAYS)) {
    // (CPU time, not wall time: the machine is shared, and another process's turn is not
    // this way's cost)
    const t0 = process.cpuUsage();
    let sink = 0;
    for (let i = 0; i < input.length; i++) sink += way(input[i]).length;
    const used = process.cpuUsage(t0);
    const ns = ((used.user + used.system) * 1000) / input.length;
    if (sink === 0) throw new Error('no copies');
    (times.get(name) ?? times.set(name, []).get(name)!).push(ns);
  }
}
for (const [name, ns] of times) console.log(`${name}: ${ns.map((n) => (n / 1000).toFixed(3)).join(' ')} µs a name`);
