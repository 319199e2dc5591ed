// Reaching Sorot and the workspace from a test, shared by the Node (helpers.ts) and web
// worker (web/web-helpers.ts) helpers: only the vscode API, no Node modules.
import * as vscode from 'vscode';
import type { SorotApi } from '../../src/extension/api';

export const EXTENSION_ID = 'sorot.sorot';

/** Activates Sorot (loaded from the project folder) and returns its API. */
export async function activateSorot(): Promise<SorotApi> {
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
