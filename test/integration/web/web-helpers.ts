// The helpers of ../helpers.ts for tests in the web worker extension host: no
// process.env and no node:http there, so the harness endpoint comes from the user
// settings the harness writes (sorot.test.endpoint) and requests go through fetch()
// (the harness answers with CORS headers; the worker's CSP allows 127.0.0.1).
import * as vscode from 'vscode';


/** Base URL of the harness endpoints, '' when no harness runs the tests. */
export const testEndpoint = () => vscode.workspace.getConfiguration('sorot.test').get<string>('endpoint') ?? '';
/** Only tests whose full title contains this run (harness --grep). */
export const testGrep = () => vscode.workspace.getConfiguration('sorot.test').get<string>('grep') ?? '';

async function get(endpoint: string, params: Record<string, string>): Promise<string | undefined> {
  const base = testEndpoint();
  if (!base) return undefined;
  const res = await fetch(`${base}/${endpoint}?${new URLSearchParams(params)}`);
  const body = await res.text();
  if (!res.ok) throw new Error(`${endpoint}: ${res.status} ${body}`);
  return body;
}

/** Saves test-results/screenshots/<name>.png of the workbench (or one element). */
export async function screenshot(name: string, { delayMs = 500, selector = '' } = {}): Promise<string> {
  return (await get('screenshot', { name, delay: String(delayMs), selector })) ?? '';
}

/** innerText (or the DOM `property`, as a string) of every element matching a CSS
 *  selector in the workbench page. */
export async function domTexts(selector: string, property = ''): Promise<string[] | undefined> {
  const body = await get('dom', property ? { selector, property } : { selector });
  return body === undefined ? undefined : (JSON.parse(body) as string[]);
}

/** Types `text` and/or presses `press` with the real keyboard in the workbench page. */
export async function keyboard({ type = '', press = '' }: { type?: string; press?: string }): Promise<boolean> {
  return (await get('keyboard', { type, press })) !== undefined;
}

export { sleep, waitFor } from '../wait';

export { EXTENSION_ID, activateSorot, workspaceRoot } from '../workbench';
