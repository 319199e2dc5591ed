// Tests module for the web worker extension host (payload extensionDevelopmentKind=web).
// The worker loads a tests module as ONE file with no Node, so scripts/web-build.mjs
// bundles this runner, mocha's browser build and every *.test.ts of the folder (the
// virtual module 'sorot:suite-tests'). Output goes through console.log with the
// [exthost] tag the harness forwards; results are POSTed to the harness, since a worker
// cannot write files. The harness endpoint comes from the user settings it writes.
import 'mocha/mocha.js';
import { loadTests, testFiles } from 'sorot:suite-tests';
import { testEndpoint, testGrep } from './web-helpers';

interface Results {
  suite: string;
  passes: string[];
  failures: { title: string; error: string }[];
  pending: string[];
}

const SUITE = 'web';

async function postResults(results: Results): Promise<void> {
  const base = testEndpoint();
  if (!base) return;
  const res = await fetch(`${base}/results`, { method: 'POST', body: JSON.stringify(results, null, 2) });
  if (!res.ok) throw new Error(`posting results: ${res.status} ${await res.text()}`);
}

/** printf-style %s/%d/%%, as the spec reporter formats its lines (util.format in Node). */
function format([first = '', ...rest]: unknown[]): string {
  let i = 0;
  const text = String(first).replace(/%[sdj%]/g, (m) => (m === '%%' ? '%' : i < rest.length ? String(rest[i++]) : m));
  return [text, ...rest.slice(i).map(String)].join(' ');
}

export function run(): Promise<void> {
  // describe/it must exist before the test modules run, hence setup, then loadTests()
  mocha.setup({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) =>
    console.log(('[exthost] ' + format(args)).replace(/\n/g, '\n[exthost] '));
  const grep = testGrep();
  if (grep) mocha.grep(grep);
  loadTests();

  return new Promise((resolve, reject) => {
    const results: Results = { suite: SUITE, passes: [], failures: [], pending: [] };
    const runner = mocha.run((failures) => {
      postResults(results).then(
        () => {
          if (testFiles.length === 0) reject(new Error('no *.test.ts files in the web suite'));
          else if (failures) reject(new Error(`${failures} test(s) failed`));
          else resolve();
        },
        reject,
      );
    });
    runner.on('pass', (t) => results.passes.push(t.fullTitle()));
    runner.on('pending', (t) => results.pending.push(t.fullTitle()));
    runner.on('fail', (t, err: Error | undefined) =>
      results.failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err?.message ?? err) }),
    );
  });
}
