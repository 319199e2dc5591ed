// Helpers for tests running inside the extension host. Screenshots and DOM reads ask the
// offline harness (test/harness/run.mjs) over HTTP; under @vscode/test-electron there is
// no such endpoint, so they do nothing and return '' / undefined.
import { execFileSync } from 'node:child_process';
import * as http from 'node:http';
import * as vscode from 'vscode';
import type { SorotApi } from '../../src/extension/api';
import { waitFor } from './wait';
import { activateSorot, workspaceRoot } from './workbench';

function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`${url}: ${res.statusCode} ${body}`))));
      })
      .on('error', reject);
  });
}

/**
 * Saves a PNG of the workbench (or of the first element matching `selector`, e.g.
 * '.part.sidebar') as test-results/screenshots/<name>.png and resolves with its path
 * once written, so the picture shows exactly the state the test just asserted.
 * `delayMs` lets layout settle first; `width` takes it at that window width (then
 * restores the window). Resolves '' when no harness endpoint exists.
 */
export async function screenshot(name: string, { delayMs = 500, selector = '', width = 0 } = {}): Promise<string> {
  const base = process.env.VSCODE_TEST_SCREENSHOT_URL;
  if (!base) return '';
  const q = new URLSearchParams({ name, delay: String(delayMs), selector, ...(width ? { width: String(width) } : {}) });
  return get(`${base}?${q}`);
}

/** innerText (or the DOM `property`, e.g. 'scrollLeft') of every element matching a CSS
 *  selector in the workbench page, or undefined when the launcher cannot see the page (desktop VS Code). */
export async function domTexts(selector: string, property = ''): Promise<string[] | undefined> {
  const base = process.env.VSCODE_TEST_DOM_URL;
  if (!base) return undefined;
  return JSON.parse(await get(`${base}?${new URLSearchParams(property ? { selector, property } : { selector })}`)) as string[];
}

/**
 * Waits for the quick input titled `title` to be up AND to have the keyboard focus.
 * The title shows a moment before the box takes the focus; on a busy machine, keys typed
 * in between went to the editor, so a test typed "KPK" + Enter into nothing (the flow
 * never reached its next step). A researcher waits for the box; so does a test.
 */
export async function quickInput(title: string): Promise<void> {
  try {
    await waitFor(async () => (await domTexts('.quick-input-widget .quick-input-title'))?.some((t) => t.includes(title)), `quick input "${title}"`);
  } catch (e) {
    throw new Error(`${(e as Error).message}; ${await quickInputState(`quick-input-missing-${title}`)}`, { cause: e });
  }
  await quickInputFocused(title);
}

/** What the quick input shows now, for a failure message (a race is diagnosed from what
 *  the window showed when it struck, not re-run until it strikes again), with a
 *  screenshot `name`. */
async function quickInputState(name: string): Promise<string> {
  const widget = '.quick-input-widget';
  const state = await Promise.all([
    domTexts(widget, 'offsetHeight'),
    domTexts(`${widget} .quick-input-title`),
    domTexts(`${widget} .quick-input-box input`, 'value'),
    domTexts(`${widget} .quick-input-list .monaco-list-row .label-name`),
    domTexts(`${widget} .quick-input-list .monaco-list-row.focused .label-name`),
  ]).catch((e: unknown) => e as Error);
  if (state instanceof Error) return `the quick input's state could not be read (${state.message})`;
  const [visible, title, value, rows, focused] = state;
  const shot = await screenshot(name.replace(/[^\w-]+/g, '-'), { delayMs: 0 }).catch(() => '');
  const shown = visible?.some((h) => Number(h) > 0) ? 'showed' : 'was hidden, last showing';
  return `the quick input ${shown}: title ${JSON.stringify(title)}, value ${JSON.stringify(value)}, rows ${JSON.stringify(rows?.slice(0, 8))}, highlighted ${JSON.stringify(focused)}${shot ? ` (${shot})` : ''}`;
}

/** The quick input's box has the keyboard focus (see quickInput). */
export async function quickInputFocused(what: string): Promise<void> {
  await waitFor(async () => ((await domTexts('.quick-input-widget .quick-input-box input:focus'))?.length ?? 0) > 0, `quick input "${what}" to have the keyboard focus`);
}

/** Types `text` (or inserts `paste` in one input event, as a paste does) and/or presses
 *  `press` (e.g. 'Enter', 'Escape', 'ArrowDown') with the real keyboard in the workbench
 *  page, the key right after the text. Resolves false when the launcher has no page to
 *  type into (desktop VS Code), so a test can take another path there. */
export async function keyboard({ type = '', paste = '', press = '' }: { type?: string; paste?: string; press?: string }): Promise<boolean> {
  const base = process.env.VSCODE_TEST_KEYBOARD_URL;
  if (!base) return false;
  await get(`${base}?${new URLSearchParams({ type, paste, press })}`);
  return true;
}

/**
 * Types `text` with the real keyboard while the extension host is held busy: the host
 * waits in a child process that asks the harness to type, so every change of the box's
 * value reaches Sorot only after the window has the whole text, as on a busy machine
 * where the host runs behind a fast typist. Deterministic where a plain `keyboard` call
 * leaves the order of window and host to the scheduler. Returns false without a page.
 */
export function typeWhileHostBusy(text: string, press = ''): boolean {
  const base = process.env.VSCODE_TEST_KEYBOARD_URL;
  if (!base) return false;
  const url = `${base}?${new URLSearchParams({ type: text, paste: '', press })}`;
  const script = "require('http').get(process.argv[1], (r) => { r.resume(); r.on('end', () => process.exit(r.statusCode === 200 ? 0 : 1)); }).on('error', () => process.exit(1))";
  execFileSync(process.execPath, ['-e', script, url], { timeout: 60_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  return true;
}

/** Clicks the first element matching `selector` (whose text starts with `text`, when given) in the
 *  workbench page. Resolves false when the launcher has no page (desktop VS Code). */
export async function click(selector: string, text = ''): Promise<boolean> {
  const base = process.env.VSCODE_TEST_CLICK_URL;
  if (!base) return false;
  await get(`${base}?${new URLSearchParams({ selector, text })}`);
  return true;
}

/** Waits until the workbench page announced a notification holding every one of
 *  `parts` (toasts may stay hidden in the headless page; the accessibility alert VS Code
 *  raises for each notification is in the page text). Resolves false when the launcher
 *  has no page (desktop VS Code). */
export async function notified(parts: string[], what: string): Promise<boolean> {
  if ((await domTexts('body')) === undefined) return false;
  await waitFor(async () => (await domTexts('body'))?.some((t) => parts.every((p) => t.includes(p))), what);
  return true;
}

export { sleep, waitFor } from './wait';

export { EXTENSION_ID, activateSorot, fileExists, sorotAsActivated, workspaceRoot } from './workbench';

/** The curation tests' start: Sorot awake with annotator "tester", an article of the test's
 *  own written into the workspace (taken as the corpus) and opened as a Sorot article. */
export async function openOwnArticle(name: string, text: string): Promise<{ api: SorotApi; editor: vscode.TextEditor }> {
  const api = await activateSorot();
  await vscode.workspace.getConfiguration('sorot').update('annotator', 'tester', vscode.ConfigurationTarget.Global);
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  await waitFor(() => editor.document.languageId === 'sorot-article', 'the article to open as a Sorot article');
  return { api, editor };
}
