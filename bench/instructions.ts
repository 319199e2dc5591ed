// `npx tsx bench/instructions.ts [KB] [RUNS]`: analyze's cost on the bench's generated text
// (KB kilobytes, default 300) as a count of machine instructions, not as time: the shipped
// bundle run by node under valgrind (cachegrind, no cache simulation). Timings on the shared
// machine move by 10 % and more with the other tenants' load; this count does not (session
// 54: three runs of one build within 0.0001 %, at load 8 to 16), so a step that buys 2 % can
// be told from noise.
//   - node runs with --predictable: one thread (no concurrent compiler or GC threads, whose
//     work varies from run to run) and fixed hash and random seeds. Without it the same build
//     counted 6 % more and differed from run to run.
//   - The fixed cost (node's start, loading the bundle, generating the text, building the
//     default KB's index) is counted in a run that skips analyze() and taken off.
//   - JIT compilation is counted with the run, as it is paid by a real one.
// A run of 300 KB takes about 50 s of CPU (valgrind runs node some 50 times slower). Much of
// a small run's count is the JIT's warm-up: on 12355b55, 300 KB counted 5.72 G and 1 MB
// 13.10 G, about 10 M per KB past the first 300. A change to the steady per-paragraph cost
// shows at 300 KB about half its size; one that removes a cost growing faster than the
// text (a search of the whole text per name) may show only at 1 MB or more, where a run
// takes 4 to 5 minutes of CPU.
// Compare two builds by running this in each worktree; keep a change only by a gain well
// above the spread it prints.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildShipped } from './analyze.bench';

const CACHE = join(__dirname, '.cache');

/** What the counted node process runs: the text and the KB's index made, then analyze() or not. */
const DRIVER = `const r = require(process.argv[2]);
const text = r.generateArticles(Number(process.argv[4]) * 1024);
r.defaultKbIndex();
if (process.argv[3] === 'analyze') r.analyze(text);
`;

/** Instructions valgrind counts for one run of the driver. */
function instructions(bundle: string, driver: string, mode: 'analyze' | 'setup', kb: number): number {
  const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    'node', '--predictable', driver, bundle, mode, String(kb)], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (run.error !== undefined) throw run.error;
  if (run.status !== 0) throw new Error(`valgrind node exited with ${run.status}:\n${run.stderr.slice(-2000)}`);
  const out = run.stderr;
  const m = /I\s+refs:\s+([\d,]+)/.exec(out);
  if (m === null) throw new Error(`no instruction count in valgrind's output:\n${out.slice(-2000)}`);
  return Number(m[1].replace(/,/g, ''));
}

function main(): void {
  const kb = Number(process.argv[2] ?? 300);
  const runs = Number(process.argv[3] ?? 1);
  buildShipped([
    "export { analyze } from './src/core/recognize/analyze';",
    "export { defaultKbIndex } from './src/core/recognize/default-kb';",
    "export { generateArticles } from './bench/article-generator';",
  ].join('\n'), 'instructions-recognizer.cjs');
  const bundle = join(CACHE, 'instructions-recognizer.cjs');
  const driver = join(CACHE, 'instructions-driver.cjs');
  writeFileSync(driver, DRIVER);
  const setup = instructions(bundle, driver, 'setup', kb);
  process.stdout.write(`setup (node, bundle, text, KB index): ${setup.toLocaleString('en')} instructions\n`);
  const counts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const n = instructions(bundle, driver, 'analyze', kb) - setup;
    counts.push(n);
    process.stdout.write(`analyze ${kb} KB, run ${i + 1}: ${n.toLocaleString('en')} instructions\n`);
  }
  if (runs > 1) {
    const spread = (Math.max(...counts) - Math.min(...counts)) / Math.min(...counts);
    process.stdout.write(`spread over ${runs} runs: ${(spread * 100).toFixed(4)} %\n`);
  }
}

main();
