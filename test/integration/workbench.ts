// Reaching Sorot and the workspace from a test, shared by the Node (helpers.ts) and web
// worker (web/web-helpers.ts) helpers: only the vscode API, no Node modules.
import * as vscode from 'vscode';
import type { SorotApi } from '../../src/extension/api';

export const EXTENSION_ID = 'sorot.sorot';

/** Activates Sorot (loaded from the project folder) and returns its API. In a workspace
 *  that is no corpus yet Sorot starts asleep (src/extension/until-corpus.ts): this wakes
 *  it, as opening its view or running one of its commands does. */
export async function activateSorot(): Promise<SorotApi> {
  const api = await sorotAsActivated();
  return api.asleep ? api.asleep.wake() : api;
}

/** Sorot's API as activation returned it: asleep (only `offer` and `asleep`) in a
 *  workspace that is no corpus yet. */
export async function sorotAsActivated(): Promise<SorotApi> {
  const ext = vscode.extensions.getExtension<SorotApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded as the development extension`);
  return ext.activate();
}

/** The single folder the suite's window has open (a throw-away copy). */
export function workspaceRoot(): vscode.Uri {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length !== 1) throw new Error(`exactly one workspace folder should be open, found ${folders.length}`);
  return folders[0].uri;
}

/** Whether a file or folder exists: the extension's own test. */
export { fileExists } from '../../src/extension/file-exists';
