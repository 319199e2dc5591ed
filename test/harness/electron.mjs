// Runs the same integration suites in desktop VS Code (Electron) through
// @vscode/test-electron, for people with a desktop and internet: it downloads VS Code
// into .vscode-test/ on first use (or uses --vscode-executable). Screenshots and DOM
// reads are only available in the offline harness (run.mjs); here they are no-ops.
//
// usage: node test/harness/electron.mjs [--suite NAME]... [--vscode-version V] [--vscode-executable PATH]
// On Linux without a display, run it under xvfb-run.
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { writeUserSettings } from './code-server.mjs';
import { ROOT } from './offline-vscode.mjs';
import { prepareWorkspace, selectSuites, summarize } from './suites.mjs';

const args = process.argv.slice(2);
const opt = { suites: [], version: process.env.VSCODE_VERSION || 'stable', executable: undefined };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--suite') opt.suites.push(args[++i]);
  else if (args[i] === '--vscode-version') opt.version = args[++i];
  else if (args[i] === '--vscode-executable') opt.executable = args[++i];
  else {
    console.error(`unknown argument ${args[i]}\nusage: node test/harness/electron.mjs [--suite NAME]... [--vscode-version V] [--vscode-executable PATH]`);
    process.exit(64);
  }
}

async function main() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('[electron] no display: desktop VS Code needs one. Run `xvfb-run -a npm run test:electron`, or use `npm run test:integration` (headless, offline).');
    return 1;
  }
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) return 1;
  let passed = 0;
  const failures = [];
  for (const suite of selectSuites(opt.suites)) {
    if (suite.web) {
      // the web suite's runner reports through the offline harness's endpoint (a web
      // worker cannot write files), which only run.mjs provides
      console.log(`[electron] suite "${suite.name}" runs in the web worker host of the offline harness only: npm run test:integration -- --suite ${suite.name}`);
      continue;
    }
    if (suite.untrusted) {
      // Restricted Mode is set up by the offline harness (code-server with workspace trust on)
      console.log(`[electron] suite "${suite.name}" needs an untrusted workspace, which only the offline harness sets up: npm run test:integration -- --suite ${suite.name}`);
      continue;
    }
    const tmp = mkdtempSync(path.join(os.tmpdir(), `sorot-electron-${suite.name}-`));
    const resultsFile = path.join(ROOT, 'test-results', 'integration', `electron-${suite.name}.json`);
    rmSync(resultsFile, { force: true });
    const userDataDir = path.join(tmp, 'user-data');
    writeUserSettings(userDataDir);
    let code = 0;
    try {
      await runTests({
        version: opt.version,
        ...(opt.executable ? { vscodeExecutablePath: opt.executable } : {}),
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: suite.testsPath,
        launchArgs: [prepareWorkspace(suite, tmp), '--disable-extensions', `--user-data-dir=${userDataDir}`,
          `--extensions-dir=${path.join(tmp, 'extensions')}`],
        // no harness endpoints here: screenshot() and domTexts() become no-ops
        extensionTestsEnv: { VSCODE_TEST_RESULTS: resultsFile, VSCODE_TEST_SCREENSHOT_URL: '', VSCODE_TEST_DOM_URL: '', VSCODE_TEST_KEYBOARD_URL: '', VSCODE_TEST_CLICK_URL: '' },
      });
    } catch (e) {
      code = typeof e?.code === 'number' ? e.code : 1;
      console.error(`[electron] suite "${suite.name}": ${e?.message ?? e}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
    const r = summarize(suite, results, code);
    passed += r.passes;
    failures.push(...r.failures);
  }
  for (const f of failures) console.log(`\nFAILED ${f.title}\n${f.error}`);
  console.log(`integration: ${passed} passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[electron] ${e?.message ?? e}`);
    console.log('integration: 0 passed, 1 failed');
    process.exit(1);
  },
);
