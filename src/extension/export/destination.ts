// Where an export may be written: a folder inside the workspace, named by a relative
// path whose segments are sanitized, reached without a symbolic link. What may be
// written inside it is decided by core/export/write-files.ts.
import * as vscode from 'vscode';

/** Checks a user-typed relative folder; returns an error message or undefined. */
export function destinationProblem(relative: string): string | undefined {
  const value = relative.trim();
  if (!value) return vscode.l10n.t('Name a folder inside the workspace, e.g. exports/jsonl.');
  if (/^([a-zA-Z]:|[\\/]|~)/.test(value)) return vscode.l10n.t('Use a path relative to the workspace folder, not an absolute one.');
  const segments = value.split(/[\\/]+/).filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.')) return vscode.l10n.t('The export stays inside the workspace: ".." and "." are not allowed.');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (segments.some((s) => /[<>:"|?*\u0000-\u001f]/.test(s))) return vscode.l10n.t('Folder names may not contain < > : " | ? * or control characters.');
  return undefined;
}

/** The folder URI for a checked relative path. */
export function destinationUri(root: vscode.Uri, relative: string): vscode.Uri {
  const segments = relative.trim().split(/[\\/]+/).filter(Boolean);
  return vscode.Uri.joinPath(root, ...segments);
}

/** Where an export goes unless the researcher names another folder: under .sorot/, next
 *  to Sorot's other workspace files, which no article scan looks into (dot folders are
 *  excluded by default) whichever folders are the corpus; its manifest keeps it out of
 *  the corpus even where that default is changed. */
export function defaultDestination(format: string, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `.sorot/exports/${format}-${stamp}`;
}

/** The first folder on the way from the workspace folder to the destination that is a
 *  symbolic link, if any: it may lead out of the workspace, and vscode.workspace.fs cannot
 *  say where, so the export refuses it. (Links below the destination are refused file by
 *  file by the writer.) */
export async function linkInDestination(root: vscode.Uri, relative: string): Promise<vscode.Uri | undefined> {
  let uri = root;
  for (const segment of relative.trim().split(/[\\/]+/).filter(Boolean)) {
    uri = vscode.Uri.joinPath(uri, segment);
    let type: vscode.FileType;
    try {
      type = (await vscode.workspace.fs.stat(uri)).type;
    } catch {
      return undefined; // nothing there yet: the export creates it
    }
    if (type & vscode.FileType.SymbolicLink) return uri;
  }
  return undefined;
}
