// Which integration suites exist and which workspace each one opens. A suite is a folder
// under test/integration/ (built to out/test/<name>/); every *.test.ts in it runs in one
// VS Code window opened on a throw-away copy of its workspace.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './offline-vscode.mjs';

export const OUT_TEST = path.join(ROOT, 'out', 'test');

export const SUITES = [
  // the main suite: every sample article, so views and features have real content
  { name: 'suite', workspace: path.join(ROOT, 'samples') },
  // a folder without a single article: welcome views and empty states
  { name: 'empty', workspace: null },
  // a researcher's folder of .txt articles with no Sorot settings or data (the tests write
  // it): Sorot starts asleep and offers to read the folder; one window per answer, as the
  // offer comes once per window
  { name: 'newcomer', workspace: null },
  { name: 'newcomer-declined', workspace: null },
  { name: 'newcomer-file-only', workspace: null },
  // the same folder, Sorot asleep in it, receiving annotation files on disk (a git pull)
  { name: 'newcomer-pulled', workspace: null },
  // the same folder, the researcher opening the Sorot view first: its welcome offers the folder
  { name: 'newcomer-view', workspace: null },
  // a multi-root workspace (a .code-workspace file) of two empty folders, no corpus marked
  { name: 'newcomer-multi-root', workspace: null, folders: ['berita', 'arsip'] },
  // the browser build (dist/web) in the web worker extension host, as on vscode.dev
  { name: 'web', workspace: path.join(ROOT, 'samples'), web: true },
  // Restricted Mode: workspace trust on and this folder not trusted (package.json
  // capabilities.untrustedWorkspaces: Sorot shows everything and writes nothing)
  { name: 'untrusted', workspace: path.join(ROOT, 'samples'), untrusted: true },
  // the Indonesian UI: display language `id` (package.nls.id.json, l10n/bundle.l10n.id.json)
  { name: 'indonesian', workspace: path.join(ROOT, 'samples'), locale: 'id' },
  // editor benchmarks (npm run bench:editor): generates a 1 MB article and a 10,000-article
  // corpus in an empty folder; opt-in, never part of a plain test run
  { name: 'bench-editor', workspace: null, optIn: true },
];

/** Suites to run (all, or the names given), each checked to be built. */
export function selectSuites(names) {
  const chosen = names.length ? SUITES.filter((s) => names.includes(s.name)) : SUITES.filter((s) => !s.optIn);
  const unknown = names.filter((n) => !SUITES.some((s) => s.name === n));
  if (unknown.length) {
    throw new Error(`unknown suite(s): ${unknown.join(', ')} (known: ${SUITES.map((s) => s.name).join(', ')}); a new suite folder needs a line in test/harness/suites.mjs`);
  }
  for (const s of chosen) {
    const dir = path.join(OUT_TEST, s.name);
    // a web suite is one bundle (scripts/web-build.mjs); the others keep their test files apart
    if (!existsSync(path.join(dir, 'index.js')) || (!s.web && !readdirSync(dir).some((f) => f.endsWith('.test.js')))) {
      throw new Error(`suite "${s.name}" is not built (${dir}): run npm run build`);
    }
  }
  return chosen.map((s) => ({ ...s, testsPath: path.join(OUT_TEST, s.name, 'index.js') }));
}

/** Copies the suite's workspace into `parent` (tests may create and edit files). A suite
 *  with `folders`: those empty folders and a .code-workspace file naming them (returned). */
export function prepareWorkspace(suite, parent) {
  const dir = path.join(parent, suite.workspace ? path.basename(suite.workspace) : `${suite.name}-workspace`);
  if (suite.workspace) cpSync(suite.workspace, dir, { recursive: true });
  else mkdirSync(dir, { recursive: true });
  if (!suite.folders) return dir;
  for (const folder of suite.folders) mkdirSync(path.join(dir, folder), { recursive: true });
  const file = path.join(dir, `${suite.name}.code-workspace`);
  writeFileSync(file, JSON.stringify({ folders: suite.folders.map((folder) => ({ path: folder })) }, null, 2));
  return file;
}

/** Reads a suite's results file as written by test/integration/index.ts. */
export function summarize(suite, results, exitCode) {
  const failures = results ? [...results.failures] : [];
  const passes = results ? results.passes.length : 0;
  if (!results) failures.push({ title: `${suite.name}: no results were written`, error: `exit code ${exitCode}` });
  else if (exitCode !== 0 && failures.length === 0) {
    failures.push({ title: `${suite.name}: the test run ended with exit code ${exitCode}`, error: '' });
  }
  return { passes, failures };
}
