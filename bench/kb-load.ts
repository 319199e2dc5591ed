// `npx tsx bench/kb-load.ts [RUNS]`: what building the built-in KB costs the extension host
// at activation (issue 19: no task over 16 ms), in fresh node processes as activation pays
// it (code not compiled yet), the shipped way (an esbuild bundle, the JSON data inlined).
// CPU time of the process's thread (process.cpuUsage), median of RUNS (default 9); waits
// for a core are not counted, the other tenants' use of the shared caches is.
//   require     evaluating the bundle (the data files' literals; paid with the extension's)
//   one go      loadBuiltinKb() in one task (what WorkspaceKb's constructor did)
//   index       new KbIndex(kb) afterwards in one go (the first analysis paid it)
//   sliced KB, sliced index
//               loadBuiltinKbInSlices, then KbIndex.inSteps, with a pause after every
//               step (as WorkspaceKb does at activation): the longest step (the host's
//               slices are HOST_SLICE_MS plus at most one step) and the total
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { buildShipped } from './analyze.bench';

const CACHE = join(__dirname, '.cache');

const DRIVER = `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu();
const r = require(process.argv[2]);
const out = { require: cpu() - t };
const index = () => { t = cpu(); new r.KbIndex(r.loadBuiltinKb()); out.index = cpu() - t; console.log(JSON.stringify(out)); };
if (process.argv[3] === 'one go') {
  t = cpu();
  r.loadBuiltinKb();
  out['one go'] = cpu() - t;
  index();
} else {
  // Slices that pause after every step, each step timed; \`done\` times the last one.
  const timed = (label) => {
    let longest = 0, total = 0, from = cpu();
    const pause = () => { const step = cpu() - from; longest = Math.max(longest, step); total += step;
      return new Promise((done) => setImmediate(() => { from = cpu(); done(); })); };
    const done = () => { const step = cpu() - from; out[label + ' longest step'] = Math.max(longest, step); out[label + ' total'] = total + step; };
    return { slices: new r.TimeSlices(pause, 0, () => 0, 1), done };
  };
  const kb = timed('sliced KB');
  r.loadBuiltinKbInSlices(kb.slices).then((built) => {
    kb.done();
    const index = timed('sliced index');
    return r.runStepsInSlices(r.KbIndex.inSteps(built), index.slices).then(index.done);
  }).then(() => console.log(JSON.stringify(out)));
}
`;

function main(): void {
  const runs = Number(process.argv[2] ?? 9);
  buildShipped([
    "export { loadBuiltinKb, loadBuiltinKbInSlices, KbIndex } from './src/core/kb';",
    "export { TimeSlices, runStepsInSlices } from './src/core/incremental/time-slices';",
  ].join('\n'), 'kb-load.cjs');
  const driver = join(CACHE, 'kb-load-driver.cjs');
  writeFileSync(driver, DRIVER);
  const load = loadavg()[0];
  for (const mode of ['one go', 'sliced']) {
    const rows: Record<string, number>[] = [];
    for (let i = 0; i < runs; i++) {
      const run = spawnSync('node', [driver, join(CACHE, 'kb-load.cjs'), mode], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(run.stderr);
      rows.push(JSON.parse(run.stdout) as Record<string, number>);
    }
    const median = (k: string): string => {
      const v = rows.map((row) => row[k] ?? NaN).sort((a, b) => a - b);
      return `${(v[Math.floor(v.length / 2)] ?? NaN).toFixed(1)} ms`;
    };
    process.stdout.write(`${mode}: ${Object.keys(rows[0] ?? {}).map((k) => `${k} ${median(k)}`).join(', ')}\n`);
  }
  process.stdout.write(`median of ${runs} fresh processes each; load ${load.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end\n`);
}

main();
