// Runs the integration suites inside a real VS Code extension host, offline: code-server
// (VS Code server + web workbench) driven by headless Chromium through playwright-core.
// The workbench loads Sorot from the project folder and runs out/test/<suite>/index.js
// in the extension host; when that settles the workbench reports the exit code through
// window.codeAutomationExit. Screenshots requested by tests go to test-results/screenshots/.
//
// usage: node test/harness/run.mjs [--suite NAME]... [--timeout SEC] [--verbose] [--grep TEXT] [--no-build]
// (it builds first, so the tests never run against stale code; --no-build skips that)
// prints `integration: N passed, N failed` last; exit code 0 only if every suite passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { startCodeServer, workbenchUrl, writeLanguagePack, writeUserSettings } from './code-server.mjs';
import { ensureOfflineVSCode, ROOT } from './offline-vscode.mjs';
import { prepareWorkspace, selectSuites, summarize } from './suites.mjs';

const args = process.argv.slice(2);
// A suite's time limit, a guard against a hang rather than a speed target: the main
// suite takes about 5 minutes alone on 2 cores, took 6.4 under load average 18, and
// went past 10 (the old limit) while a second CI run and other work loaded the machine
// (load average 10), failing a run whose tests were passing.
const opt = { suites: [], timeout: 1200, verbose: false, grep: '', build: true };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--suite') opt.suites.push(args[++i]);
  else if (args[i] === '--timeout') opt.timeout = Number(args[++i]);
  else if (args[i] === '--verbose') opt.verbose = true;
  else if (args[i] === '--grep') opt.grep = args[++i];
  else if (args[i] === '--no-build') opt.build = false;
  else {
    console.error(`unknown argument ${args[i]}\nusage: node test/harness/run.mjs [--suite NAME]... [--timeout SEC] [--verbose] [--grep TEXT] [--no-build]`);
    process.exit(64);
  }
}

const RESULTS_DIR = path.join(ROOT, 'test-results');
const SHOTS_DIR = path.join(RESULTS_DIR, 'screenshots');
const T0 = Date.now();
const log = (...a) => console.log(`[harness +${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Known harmless noise: offline gallery/telemetry lookups, and the web workbench's
// complaint about shutdown work when the extension host exits after the tests.
const KNOWN_NOISE = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|open-vsx|getaddrinfo|marketplace|Long running operations during shutdown|authentication provider 'github'/;

/** Per-suite state the HTTP endpoints act on. */
const current = { page: undefined, resultsFile: undefined };
const cleanups = [];
let exiting = false;

async function cleanupAll() {
  while (cleanups.length) {
    try { await cleanups.pop()(); } catch { /* best effort: keep tearing down */ }
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    if (exiting) return;
    exiting = true;
    log(`${sig}: stopping`);
    await cleanupAll();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}

/** GET /screenshot?name=&selector=&delay=&width= saves a PNG of the page (or one element);
 *  GET /dom?selector=[&property=] returns the text (or a DOM property) of each matching element as JSON;
 *  GET /keyboard?type=&paste=&press= types or pastes text and/or presses a key in the page;
 *  GET /click?selector=&text= clicks the first element matching the selector (whose text starts with `text`). */
function startTestEndpoint() {
  const server = http.createServer(async (req, res) => {
    // Tests in the web worker extension host call these with fetch() from the
    // workbench's origin, so the answers must allow any origin.
    res.setHeader('access-control-allow-origin', '*');
    try {
      const u = new URL(req.url, 'http://x');
      if (u.pathname === '/results' && req.method === 'POST') {
        // A web worker cannot write files: its runner posts the results JSON here.
        let body = '';
        for await (const chunk of req) body += chunk;
        if (!current.resultsFile) throw new Error('no suite is running');
        JSON.parse(body); // only well-formed results reach the summary
        writeFileSync(current.resultsFile, body);
        res.writeHead(200).end('ok');
        return;
      }
      const page = current.page;
      if (!page) throw new Error('no workbench page is open');
      const selector = u.searchParams.get('selector') || '';
      if (u.pathname === '/screenshot') {
        const name = (u.searchParams.get('name') || 'screenshot').replace(/[^\w.-]/g, '_');
        await sleep(Number(u.searchParams.get('delay') || 0));
        const file = path.join(SHOTS_DIR, `${name}.png`);
        // ?width= takes the picture at that window width (the layout settles first), then
        // gives the window its size back.
        const width = Number(u.searchParams.get('width') || 0);
        const size = page.viewportSize();
        if (width && size) {
          await page.setViewportSize({ width, height: size.height });
          // The pointer would otherwise rest on whatever the resize moved under it (a tooltip).
          await page.mouse.move(0, size.height - 1);
          await sleep(Number(u.searchParams.get('delay') || 500));
        }
        try {
          await (selector ? page.locator(selector).first().screenshot({ path: file }) : page.screenshot({ path: file }));
        } finally {
          if (width && size) await page.setViewportSize(size);
        }
        log(`screenshot ${path.relative(ROOT, file)}`);
        res.writeHead(200).end(file);
      } else if (u.pathname === '/dom') {
        // ?property=naturalWidth reads that DOM property instead of the text (e.g. to
        // tell a loaded image from a broken one), in every frame: webviews (walkthrough
        // images, reports) live in nested iframes
        const property = u.searchParams.get('property');
        const texts = [];
        if (property) {
          for (const frame of page.frames()) {
            texts.push(...await frame.locator(selector).evaluateAll((els, p) => els.map((e) => String(e[p])), property).catch(() => []));
          }
        } else texts.push(...await page.locator(selector).allInnerTexts());
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(texts));
      } else if (u.pathname === '/keyboard') {
        // Real key presses in the workbench, for tests that drive quick picks and inputs
        // the way a user does: ?type=text types it, ?press=Enter presses one key (chord).
        // ?paste=text inserts it in one input event, as a paste does (no key events).
        const text = u.searchParams.get('type');
        const pasted = u.searchParams.get('paste');
        const key = u.searchParams.get('press');
        if (text) await page.keyboard.type(text, { delay: 10 });
        if (pasted) await page.keyboard.insertText(pasted);
        if (key) await page.keyboard.press(key);
        res.writeHead(200).end('ok');
      } else if (u.pathname === '/click') {
        // A button only the page offers (the workspace trust editor's "Trust", say)
        const text = u.searchParams.get('text');
        const target = page.locator(selector);
        const startsWith = text && new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
        await (startsWith ? target.filter({ hasText: startsWith }) : target).first().click({ timeout: 10_000 });
        res.writeHead(200).end('ok');
      } else res.writeHead(404).end('unknown endpoint');
    } catch (e) {
      res.writeHead(500).end(String(e && e.message ? e.message : e));
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function build() {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}

async function runSuite(suite, { vscode, browser, endpointPort }) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `sorot-${suite.name}-`));
  const removeTmp = () => rmSync(tmp, { recursive: true, force: true });
  cleanups.push(removeTmp);
  const resultsFile = path.join(RESULTS_DIR, 'integration', `${suite.name}.json`);
  rmSync(resultsFile, { force: true });
  const userDataDir = path.join(tmp, 'user-data');
  // Tests in the web worker have no process.env: they read the endpoint from settings.
  writeUserSettings(userDataDir, {
    'sorot.test.endpoint': `http://127.0.0.1:${endpointPort}`,
    'sorot.test.grep': opt.grep,
    // code-server 4.139's web workbench ignores the extensionDevelopmentKind payload
    // (it reads a property its browser environment service does not have); the user
    // setting that overrides an extension's kind does move it into the web worker
    // (only 'web': a development extension loaded from the server prefers the server).
    ...(suite.web ? { 'remote.extensionKind': { 'sorot.sorot': ['web'] } } : {}),
    // Restricted Mode without the start-up dialog that would ask to trust the folder
    ...(suite.untrusted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {}),
  });
  if (suite.locale) writeLanguagePack(userDataDir, suite.locale);
  current.resultsFile = resultsFile;
  const workspace = prepareWorkspace(suite, tmp);
  const logFile = path.join(RESULTS_DIR, 'integration', `${suite.name}-code-server.log`);

  const server = await startCodeServer({
    node: vscode.node, entry: vscode.codeServerEntry, userDataDir,
    extensionsDir: path.join(tmp, 'extensions'), logFile, locale: suite.locale, workspaceTrust: !!suite.untrusted,
    env: {
      VSCODE_TEST_RESULTS: resultsFile,
      VSCODE_TEST_SCREENSHOT_URL: `http://127.0.0.1:${endpointPort}/screenshot`,
      VSCODE_TEST_DOM_URL: `http://127.0.0.1:${endpointPort}/dom`,
      VSCODE_TEST_KEYBOARD_URL: `http://127.0.0.1:${endpointPort}/keyboard`,
      VSCODE_TEST_CLICK_URL: `http://127.0.0.1:${endpointPort}/click`,
      // only the tests whose full title contains this (mocha --grep), for quick iterations
      SOROT_TEST_GREP: opt.grep,
    },
  });
  cleanups.push(server.stop);
  log(`suite "${suite.name}": code-server on port ${server.port}, workspace ${workspace}`);

  const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  current.page = page;
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  // The workbench (IAutomatedWindow) calls these in test mode: the exit code of the
  // extension host running the tests, and every log line, including the extension
  // host's console output in printf-style arguments.
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    if (exiting) return; // interrupted: the page complains about its server going away
    const line = util.format(...(logArgs || []));
    if (line.startsWith('[exthost]')) console.log(`  ${line.slice('[exthost] '.length)}`);
    else if (opt.verbose) log(`[workbench:${type}] ${line}`);
    else if (type === 'error' && !KNOWN_NOISE.test(line)) console.log(`[workbench:error] ${line}`);
  });
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  if (opt.verbose) page.on('console', (m) => log(`[browser:${m.type()}] ${m.text()}`));

  log(`suite "${suite.name}": opening the workbench`);
  await page.goto(workbenchUrl(server.port, { folder: workspace, extensionPath: ROOT, testsPath: suite.testsPath, extensionKind: suite.web ? 'web' : undefined }));
  const code = await Promise.race([exited, sleep(opt.timeout * 1000).then(() => 'timeout')]);
  if (code === 'timeout') {
    const shot = path.join(SHOTS_DIR, `timeout-${suite.name}.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    log(`suite "${suite.name}": TIMEOUT after ${opt.timeout}s (screen: ${path.relative(ROOT, shot)}, log: ${path.relative(ROOT, logFile)})`);
  }
  current.page = undefined;
  // tear down in reverse order, now rather than at exit
  await context.close().catch(() => {});
  await server.stop();
  removeTmp();
  cleanups.splice(cleanups.indexOf(removeTmp), 3);

  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  return summarize(suite, results, code, opt.timeout);
}

async function main() {
  mkdirSync(path.join(RESULTS_DIR, 'integration'), { recursive: true });
  if (opt.suites.length === 0) rmSync(SHOTS_DIR, { recursive: true, force: true });
  mkdirSync(SHOTS_DIR, { recursive: true });
  if (opt.build) build();
  const suites = selectSuites(opt.suites);
  const vscode = await ensureOfflineVSCode();
  const endpoint = await startTestEndpoint();
  cleanups.push(() => new Promise((r) => endpoint.close(r)));
  const browser = await vscode.chromiumApi.launch({
    executablePath: vscode.chromium,
    // our own signal handlers tear down in order (server, workspace copy, browser);
    // Playwright's would exit the process half-way through
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());

  let passed = 0;
  const failures = [];
  for (const suite of suites) {
    const r = await runSuite(suite, { vscode, browser, endpointPort: endpoint.address().port });
    passed += r.passes;
    failures.push(...r.failures);
  }
  await cleanupAll();
  for (const f of failures) console.log(`\nFAILED ${f.title}\n${f.error}`);
  console.log(`\n[harness] took ${((Date.now() - T0) / 1000).toFixed(1)}s; screenshots in ${path.relative(ROOT, SHOTS_DIR)}/`);
  console.log(`integration: ${passed} passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (e) => {
    console.error(`\n[harness] ${e && e.message ? e.message : e}`);
    await cleanupAll();
    console.log('integration: 0 passed, 1 failed');
    process.exit(1);
  },
);
