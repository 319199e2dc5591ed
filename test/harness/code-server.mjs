// Starts and stops a code-server (VS Code server + web workbench) on 127.0.0.1, and
// builds the workbench URL that loads the extension under development. Shared by the
// integration test runner (run.mjs) and `npm start` (scripts/start.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync, closeSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

/** A quiet, deterministic workbench: no welcome page, no chat, no gallery or telemetry
 *  calls, no auto-save (a test's unsaved edit must not leak into its workspace copy). */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'files.autoSave': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
};

export function writeUserSettings(userDataDir, extra = {}) {
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extra }, null, 2));
}

/**
 * Makes `locale` the display language of a throw-away user data dir. VS Code only
 * switches its display language (vscode.env.language, the language of extensions'
 * package.nls.<locale>.json and l10n bundles) when a language pack for it is installed;
 * there is no Microsoft pack for Indonesian and the harness is offline, so this writes
 * the record a pack leaves in languagepacks.json, with a translations file that
 * translates nothing: VS Code's own UI stays English, extensions see `locale`.
 */
export function writeLanguagePack(userDataDir, locale) {
  const dir = path.join(userDataDir, 'test-language-pack');
  mkdirSync(dir, { recursive: true });
  const translations = path.join(dir, 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const packs = {
    [locale]: {
      hash: `sorot-test-${locale}`,
      extensions: [{ extensionIdentifier: { id: `sorot-test.language-pack-${locale}` }, version: '1.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** code-server's web config names the remote authority "remote"; the server maps these
 *  URIs back to its own file system. */
export const remoteUri = (p, authority = 'remote') => `vscode-remote://${authority}${p.split('/').map(encodeURIComponent).join('/')}`;

/** Workbench URL opening `folder` with the installed extensions only (no payload). */
export function folderUrl(port, folder) {
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
}

/** Workbench URL opening `folder` with the extension at `extensionPath` loaded from disk,
 *  and (for tests) the tests module that the extension host runs instead of idling.
 *  extensionKind 'web' runs both in the browser's web worker extension host (as on
 *  vscode.dev) instead of the server's Node one. */
export function workbenchUrl(port, { folder, extensionPath, testsPath, extensionKind }) {
  // The workbench runs a tests module in the host of the extension whose folder holds
  // it, comparing URIs: in the web worker the extension's location carries the real
  // authority (host:port), so the tests path must carry it too.
  const authority = extensionKind === 'web' ? `127.0.0.1:${port}` : 'remote';
  const payload = [['extensionDevelopmentPath', remoteUri(extensionPath, authority)]];
  if (testsPath) payload.push(['extensionTestsPath', remoteUri(testsPath, authority)]);
  if (extensionKind) payload.push(['extensionDevelopmentKind', extensionKind]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  // a .code-workspace file opens as a (multi-root) workspace, anything else as a folder
  const opened = folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
  return `http://127.0.0.1:${port}/?${opened}=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Starts code-server in its own process group (so server, extension hosts and file
 * watchers can be killed together) and waits until it answers.
 * @returns {Promise<{ port: number, process: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ node, entry, userDataDir, extensionsDir, logFile, env = {}, port, locale, workspaceTrust = false, smokeTestDriver = true }) {
  port ??= await freePort();
  mkdirSync(extensionsDir, { recursive: true });
  const out = openSync(logFile, 'w');
  const child = spawn(node, [entry,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--config', path.join(userDataDir, 'config.yaml'),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check',
    // without workspace trust every folder is trusted; with it, a folder nobody trusted
    // yet opens in Restricted Mode (with the user setting security.workspace.trust.enabled)
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    // A built workbench ignores the `payload` URL parameter (extensionDevelopmentPath,
    // extensionTestsPath) unless the server runs with the smoke-test driver enabled. The
    // driver also keeps every notification out of sight (no toasts, only the bell's dot):
    // right for tests, wrong for a person (npm start loads Sorot as an installed extension
    // instead, and runs without it).
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(locale ? ['--locale', locale] : []),
  ], {
    detached: true,
    stdio: ['ignore', out, out],
    // The extension host inherits this environment, which is how tests learn where to
    // write results and how to ask for screenshots.
    env: { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH}`, ...env },
  });
  closeSync(out);
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async () => {
    if (!exited) {
      const gone = new Promise((r) => child.once('exit', r));
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      await Promise.race([gone, sleep(3000)]);
    }
    // whatever is left in the group (an extension host mid-shutdown, a watcher) goes now
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already empty */ }
  };

  for (let i = 0; ; i++) {
    if (exited) throw new Error(`code-server exited during start-up; see ${logFile}`);
    if (await httpOk(`http://127.0.0.1:${port}/healthz`)) break;
    if (i > 240) {
      await stop();
      throw new Error(`code-server did not answer within 60 s; see ${logFile}`);
    }
    await sleep(250);
  }
  return { port, process: child, stop };
}
