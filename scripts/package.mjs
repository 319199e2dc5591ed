// npm run package: builds the production bundle and packs sorot-<version>.vsix with
// @vscode/vsce, then checks it: only the allowed files (see .vscodeignore), under 3 MB,
// and it installs into a real VS Code (code-server --install-extension, from the
// offline cache the tests use). --no-install-check skips the last step.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureOfflineVSCode, ROOT } from '../test/harness/offline-vscode.mjs';

// A guard against what should not be there (source maps, test bundles, copies of data),
// not a size goal: the recognizer's code is bundled into each of the four entry points
// (desktop host, its recognition worker, web host, CLI); its data (knowledge base, model
// weights) is one copy for the three Node bundles (dist/json/) and one inlined in the web
// build. 3,072 KB when the data was in each bundle (session 56), 2,414 KB since (session 57).
const MAX_BYTES = 3 * 1024 * 1024;
/** What may be in the package: the bundles (the extension for both hosts, its worker
 *  threads, the analysis view's page, the CLI), the data the Node bundles share, icons,
 *  grammars and the documents. */
const ALLOWED = [/^dist\/(extension|recognition-worker|headline-worker|cli|web\/extension|webview\/analysis)\.js$/, /^dist\/json\/[\w/.-]+\.json$/, /^media\//, /^syntaxes\//, /^schemas\/[\w-]+\.schema\.json$/, /^l10n\/bundle\.l10n\.[\w-]+\.json$/, /^package\.nls(\.[\w-]+)?\.json$/, /^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/];
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
const installCheck = !process.argv.includes('--no-install-check');

function fail(msg) {
  console.error(`[package] ${msg}`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.status !== 0) fail(`${path.basename(cmd)} ${args.slice(0, 2).join(' ')} failed (exit code ${r.status})`);
}

const { name, version, publisher } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.join(ROOT, `${name}-${version}.vsix`);
// README links (screenshots in media/) stay relative: they resolve inside the installed
// extension, and the project has no public repository URL to rewrite them to.
const vsceFlags = ['--no-dependencies', '--allow-missing-repository'];

run(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--production']);

const listed = execFileSync(process.execPath, [VSCE, 'ls', ...vsceFlags.slice(0, 1)], { cwd: ROOT, encoding: 'utf8' })
  .split('\n').map((l) => l.trim()).filter(Boolean);
const stray = listed.filter((f) => !ALLOWED.some((re) => re.test(f)));
if (stray.length) fail(`files that do not belong in the package:\n  ${stray.join('\n  ')}\n(adjust .vscodeignore)`);
const REQUIRED = ['dist/extension.js', 'dist/recognition-worker.js', 'dist/headline-worker.js', 'dist/web/extension.js',
  'dist/webview/analysis.js', 'dist/cli.js', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];
for (const required of REQUIRED) {
  if (!listed.includes(required)) fail(`${required} is missing from the package`);
}

rmSync(vsix, { force: true });
run(process.execPath, [VSCE, 'package', ...vsceFlags, '--no-rewrite-relative-links', '--out', vsix]);
const bytes = statSync(vsix).size;
if (bytes >= MAX_BYTES) fail(`${path.basename(vsix)} is ${(bytes / 1024).toFixed(0)} KB, over the 3 MB budget`);
console.log(`[package] ${path.basename(vsix)}: ${(bytes / 1024).toFixed(0)} KB, ${listed.length} files`);

if (installCheck) {
  const vscode = await ensureOfflineVSCode();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'sorot-vsix-'));
  try {
    const dirs = ['--extensions-dir', path.join(tmp, 'extensions'), '--user-data-dir', path.join(tmp, 'user-data'),
      '--config', path.join(tmp, 'config.yaml')];
    run(vscode.node, [vscode.codeServerEntry, ...dirs, '--install-extension', vsix]);
    const installed = execFileSync(vscode.node, [vscode.codeServerEntry, ...dirs, '--list-extensions', '--show-versions'], { encoding: 'utf8' });
    const id = `${publisher}.${name}@${version}`;
    if (!installed.split('\n').some((l) => l.trim() === id)) fail(`code-server did not list ${id} after installing; it listed:\n${installed}`);
    console.log(`[package] installs into VS Code (code-server --install-extension): ${id}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
