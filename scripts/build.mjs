// Bundles the extension (Node extension host and web worker extension host), the CLI and
// the integration tests with esbuild.
// usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildIdPlugin } from './build-id.mjs';
import { SHARED_JSON_DIR, sharedJsonPlugin } from './shared-json.mjs';
import { WEB_BUILD_OPTIONS, WEB_TEST_SUITES, webExtensionPlugins, webTestTargets } from './web-build.mjs';
import { webviewTargets } from './webview-build.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// the shared data is written as the bundles resolve it: none left from a file since removed
rmSync(path.join('dist', SHARED_JSON_DIR), { recursive: true, force: true });

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  sourcemap: true,
  minify: production,
  target: 'node20',
  // esbuild's node20 target rewrites every /\p{…}/u literal as a `new RegExp(…)` call,
  // built again each time the line runs (in the recognizer: per paragraph, per word).
  // Node 20 and every browser VS Code runs in have Unicode property escapes.
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'info',
  legalComments: 'none',
};

const targets = [
  {
    ...common,
    // desktop.ts: extension.ts with Node's fs for local article files; recognition-worker.ts:
    // the worker threads it analyses the corpus index's articles on (recognition-away.ts);
    // headline-worker.ts: the thread that reads the Articles view's headlines (headlines-away.ts)
    entryPoints: {
      extension: 'src/extension/desktop.ts',
      'recognition-worker': 'src/extension/services/corpus/recognition-worker.ts',
      'headline-worker': 'src/extension/articles/headline-worker.ts',
    },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [buildIdPlugin(), sharedJsonPlugin()],
  },
  // The same sources for the web worker extension host (vscode.dev, code-server's
  // browser host): no Node built-ins may reach this bundle (the plugin fails the build).
  {
    ...common,
    ...WEB_BUILD_OPTIONS,
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist/web',
    plugins: webExtensionPlugins(),
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [sharedJsonPlugin()],
  },
  // The analysis view's page script: browser-only, loaded by its webview alone.
  ...webviewTargets(common),
];

// Integration tests: every folder under test/integration/ holding *.test.ts is a suite,
// built to out/test/<suite>/ with its own copy of the mocha entry point (index.js finds
// the tests next to itself). Mocha is bundled so the extension host needs nothing from
// node_modules; `vscode` is provided by the host.
function integrationTestEntries() {
  const root = 'test/integration';
  const entries = {};
  if (!existsSync(root)) return entries;
  // web suites are bundled for the web worker host by webTestTargets()
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !WEB_TEST_SUITES.includes(d.name))) {
    const tests = readdirSync(path.join(root, dir.name)).filter((f) => f.endsWith('.test.ts'));
    if (tests.length === 0) continue;
    entries[`${dir.name}/index`] = path.join(root, 'index.ts');
    for (const t of tests) entries[`${dir.name}/${t.replace(/\.ts$/, '')}`] = path.join(root, dir.name, t);
  }
  return entries;
}
const testEntries = production ? {} : integrationTestEntries();
if (Object.keys(testEntries).length) {
  rmSync('out/test', { recursive: true, force: true }); // no stale suites or deleted tests
  targets.push({
    ...common,
    entryPoints: testEntries,
    outdir: 'out/test',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode (worker files) is never used inside the extension host
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
}
if (!production) targets.push(...webTestTargets({ ...common, logLevel: 'warning' }));

if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
  chmodSync('dist/cli.js', 0o755);
}
