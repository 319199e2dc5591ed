// One localised line per export file that was not written, naming the file relative to
// the workspace (the writer's rules are in core/export/write-files.ts).
import * as vscode from 'vscode';
import { EXPORT_MANIFEST, type NotWritten, type WriteFilesOutcome } from '../../core/export/write-files';

export function writeProblems(outcome: WriteFilesOutcome): string[] {
  const lines: string[] = [];
  const refused = outcome.refused;
  if (refused) {
    const where = shown(refused.target);
    const detail = refused.detail ?? '';
    switch (refused.reason) {
      case 'destination':
        lines.push(vscode.l10n.t('{0}: nothing exported, the folder cannot be used ({1})', where, detail));
        break;
      case 'not-a-manifest':
        lines.push(vscode.l10n.t('{0}: nothing exported; this is not a Sorot export manifest ({1}) and is left as it is. Move it away or choose another folder.', where, detail));
        break;
      case 'manifest-failed':
        lines.push(vscode.l10n.t('{0}: nothing exported, it could not be written ({1})', where, detail));
        break;
    }
  }
  for (const n of outcome.notWritten) lines.push(line(n));
  if (outcome.interruptedEarlier) {
    lines.push(vscode.l10n.t('{0}: an earlier export into this folder stopped while replacing its files (it started at {1}); files this export did not replace may mix that export\'s files with older ones (a .txt beside the .ann of another export). Export all articles into this folder again, or into a new folder.', EXPORT_MANIFEST, outcome.interruptedEarlier));
  }
  if (outcome.manifestProblem) {
    lines.push(vscode.l10n.t('{0} could not be updated ({1}); the next export still recognises the files written', EXPORT_MANIFEST, outcome.manifestProblem));
  }
  return lines;
}

function line(n: NotWritten): string {
  const file = shown(n.target);
  switch (n.reason) {
    case 'input':
      return vscode.l10n.t('{0}: not written, it would replace an article or an annotation file', file);
    case 'foreign':
      return vscode.l10n.t('{0}: not replaced, a Sorot export did not write this file. Move it away or choose another folder.', file);
    case 'changed':
      return vscode.l10n.t('{0}: not replaced, it changed since Sorot exported it. Move it away or choose another folder.', file);
    case 'not-a-file':
      return vscode.l10n.t('{0}: not written, something that is not a file is in the way', file);
    case 'outside':
      return vscode.l10n.t('{0}: not written, the path leaves the export folder', file);
    case 'symbolic-link':
      return vscode.l10n.t('{0}: not written, {1} is a symbolic link, which the export does not write through', file, shown(n.link?.path ?? n.target));
    case 'failed':
      return vscode.l10n.t('{0}: not written ({1})', file, n.detail ?? '');
    case 'partner':
      return vscode.l10n.t('{0}: not written, it belongs with {1} (a .txt and its .ann are written together or not at all, as the offsets in the .ann count in the .txt), which was not: {2}', file, shown(n.partner?.target ?? n.target), n.partner ? line({ ...n, ...n.partner, partner: undefined }) : '');
    case 'same-name':
      return vscode.l10n.t('{0}: not written, its name differs from {1} only in case or Unicode normalisation, and macOS and Windows take the two for one file', file, n.sameNameAs ?? '');
  }
}

function shown(uriString: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uriString, true), false);
}
