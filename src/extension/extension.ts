// Entry point of the Sorot extension (Node extension host). Activation only wires the
// features together; each feature lives in its own folder under src/extension/ and
// exports one `register*` function that pushes its disposables onto the context.
// Nothing here does corpus-sized work: indexing runs in the background.
import * as vscode from 'vscode';
import type { SorotApi } from './api';

export async function activate(context: vscode.ExtensionContext): Promise<SorotApi> {
  const api: SorotApi = {};
  // feature registrations (one line each, in dependency order):
  // @register-features
  return api;
}

export function deactivate(): void {
  // every resource is a disposable on the context; nothing else to release
}
