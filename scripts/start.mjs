// npm start: builds Sorot, then runs a real VS Code (code-server, offline, from the
// .vscode-test/ cache the tests use) with Sorot loaded from this folder on samples/, and
// prints the URL to open. The build keeps watching: after a change, run "Developer:
// Reload Window" in the browser. Ctrl-C stops everything it started.
// `npm start -- FOLDER` opens the researcher's own folder in place and writes nothing into
// it: the profile (settings, what Sorot remembers per workspace) is .vscode-test/start/,
// and Sorot, asleep in a folder that is no corpus, offers to read it when a .txt file opens.
//
// usage: npm start [-- FOLDER] [-- --port N]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { folderUrl, startCodeServer, writeUserSettings } from '../test/harness/code-server.mjs';
import { CACHE, ensureOfflineVSCode, ROOT } from '../test/harness/offline-vscode.mjs';

const args = process.argv.slice(2);
let folder;
let port;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--port') port = Number(args[++i]);
  else folder = path.resolve(args[i]);
}
if (!folder) {
  // The demo works on a copy of samples/ (made once, then kept, so your annotations
  // survive restarts) and never writes into the repository's own sample corpus.
  folder = path.join(CACHE, 'start', 'samples');
  if (!existsSync(folder)) cpSync(path.join(ROOT, 'samples'), folder, { recursive: true });
  // The demo folder is a corpus from the start: the two settings "Sorot: Use Folder as
  // Corpus" writes for a workspace root, so its articles open with Sorot's highlights.
  const settings = path.join(folder, '.vscode', 'settings.json');
  if (!existsSync(settings)) {
    mkdirSync(path.dirname(settings), { recursive: true });
    writeFileSync(settings, `${JSON.stringify({ 'sorot.corpus.folders': ['.'], 'files.associations': { '**/*.txt': 'sorot-article' } }, null, 2)}\n`);
  }
  console.log(`[start] working on a copy of samples/ in ${path.relative(ROOT, folder)} (delete it to start over)`);
}
if (!existsSync(folder)) {
  console.error(`[start] folder not found: ${folder}`);
  process.exit(1);
}

const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let vscode;
try {
  vscode = await ensureOfflineVSCode();
} catch (e) {
  console.error(`[start] ${e.message}`);
  process.exit(1);
}

// A persistent profile, so layout and settings survive restarts (the tests use throw-away ones).
const profile = path.join(CACHE, 'start');
const userDataDir = path.join(profile, 'user-data');
if (!existsSync(path.join(userDataDir, 'User', 'settings.json'))) writeUserSettings(userDataDir);
mkdirSync(profile, { recursive: true });
// Sorot is installed in the profile as a link to this folder, as a researcher's VS Code has
// it installed: loaded as a development extension instead (the tests' way), the workbench
// needs the smoke-test driver, which hides every notification from the person at the
// browser (Sorot's offer to read a folder, an export's result, an error).
const extensionsDir = path.join(profile, 'extensions');
linkSorotInto(extensionsDir);
const server = await startCodeServer({
  node: vscode.node, entry: vscode.codeServerEntry, userDataDir,
  extensionsDir, logFile: path.join(profile, 'code-server.log'), port, smokeTestDriver: false,
});
const watcher = spawn(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--watch'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping VS Code...');
  watcher.kill('SIGTERM');
  await server.stop();
  console.log('[start] stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGHUP', () => void stop(0));
// npm passes Ctrl-C on (the whole terminal process group gets it) but not every signal:
// a `kill` of npm alone leaves this script orphaned, so notice the parent going away.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop(0);
}, 1000).unref();
server.process.on('exit', (c) => {
  if (!stopping) {
    console.error(`[start] code-server exited (${c}); see ${path.join(profile, 'code-server.log')}`);
    void stop(1);
  }
});

const url = folderUrl(server.port, folder);
console.log(`
Sorot is running in VS Code (code-server ${server.port ? 'on 127.0.0.1:' + server.port : ''}) on ${path.relative(ROOT, folder) || folder}.
Open this URL in a browser on this machine (it loads Sorot from ${ROOT}):

  ${url}

Code changes are rebuilt automatically; then run "Developer: Reload Window".
Press Ctrl-C to stop.`);

/** `extensionsDir/sorot-dev` links to this folder (made again if it leads elsewhere). */
function linkSorotInto(extensionsDir) {
  mkdirSync(extensionsDir, { recursive: true });
  const link = path.join(extensionsDir, 'sorot-dev');
  let current;
  try {
    current = lstatSync(link).isSymbolicLink() ? readlinkSync(link) : '';
  } catch {
    current = undefined;
  }
  if (current !== ROOT) {
    if (current !== undefined) rmSync(link, { recursive: true, force: true });
    symlinkSync(ROOT, link, 'dir');
  }
  // VS Code keeps a list of the installed extensions there and loads only those it lists:
  // one written before the link (an earlier start) is dropped, and made again by a scan.
  const list = path.join(extensionsDir, 'extensions.json');
  if (existsSync(list) && !readFileSync(list, 'utf8').includes('"sorot-dev"')) rmSync(list);
}
