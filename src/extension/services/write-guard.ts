// Sorot writes nothing into an untrusted workspace (package.json
// capabilities.untrustedWorkspaces): it shows articles, highlights and the annotations
// already there, but no annotation file, export, import, knowledge-base edit, new
// article or workspace setting. This module owns that rule:
//  - writing commands ask `mayWrite` first, so the user is told before a flow starts;
//  - the file-system adapter the sidecar writers share (services/vscode-fs.ts) and
//    the other writers ask `assertMayWrite`, so no path that forgets the first check
//    can write either.
// Trust can only be granted while a window is open (removing it reloads the window),
// so the check is made when a write happens and writing resumes on its own once the
// user trusts the workspace.
import * as vscode from 'vscode';
import { basename, FileSystemError, siblingPath, temporaryTarget } from '../../core/fs';

/** True when Sorot may write into the workspace. */
export function workspaceWritable(): boolean {
  return vscode.workspace.isTrusted;
}

/** The message for a refused write; `what` says what stays unchanged, naming the file. */
export function untrustedMessage(what: string): string {
  return vscode.l10n.t('Sorot does not write in an untrusted workspace: {0}. Trust the workspace to annotate.', what);
}

/**
 * For a command that writes: true when it may go on. Otherwise shows why nothing is
 * written (with a button to manage workspace trust) and returns false.
 */
export function mayWrite(what: () => string): boolean {
  if (workspaceWritable()) return true;
  tellUntrusted(what());
  return false;
}

/** `handler` behind the check: in an untrusted workspace it refuses (see mayWrite)
 *  before asking the user anything, and returns undefined. */
export function writing<A extends unknown[], R>(what: (...args: NoInfer<A>) => string, handler: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => (mayWrite(() => what(...args)) ? handler(...args) : undefined);
}

/** Shows the refusal message with its Manage Workspace Trust button. */
export function tellUntrusted(what: string): void {
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window.showWarningMessage(untrustedMessage(what), manage).then((choice) => {
    if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
  });
}

/** What an untrusted workspace leaves unchanged when a command would change a workspace setting. */
export function settingsLeftAsTheyAre(): string {
  return vscode.l10n.t('the workspace settings (.vscode/settings.json) are left as they are');
}

/** For code that writes files: throws (naming `path`) when the workspace is untrusted. */
export function assertMayWrite(path: string): void {
  if (workspaceWritable()) return;
  throw new FileSystemError('no-permission', untrustedMessage(vscode.l10n.t('{0} is left as it is', displayName(path))), path);
}

/** A URI string as the user knows it: relative to the workspace, and the file an
 *  atomic write's temporary file stands for rather than that temporary name. */
function displayName(path: string): string {
  const target = temporaryTarget(basename(path));
  const shown = target !== undefined ? siblingPath(path, target) : path;
  try {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(shown, true), false);
  } catch {
    return shown;
  }
}
