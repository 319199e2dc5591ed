// Whether the workspace's own settings mark it as a corpus, read once for everyone who
// asks: the sleeping Sorot (until-corpus.ts: stay asleep or not) and the corpus scope of
// a Sorot woken in a workspace that is no corpus (corpus-scope.ts: when the limit to the
// files opened as articles goes). The rule itself is corpus-offer.ts marksCorpus.
import * as vscode from 'vscode';
import { marksCorpus } from '../../core/corpus/corpus-offer';

/** True when `folder`'s settings (workspace or workspace-folder values, not the
 *  defaults) mark a corpus: "Use Folder as Corpus" wrote them, or the researcher did. */
export function settingsMarkCorpus(folder: vscode.WorkspaceFolder): boolean {
  const folders = vscode.workspace.getConfiguration('sorot.corpus', folder.uri).inspect<unknown>('folders');
  const associations = vscode.workspace.getConfiguration('files', folder.uri).inspect<unknown>('associations');
  return marksCorpus({ folders: folders?.workspaceFolderValue ?? folders?.workspaceValue, associations: associations?.workspaceFolderValue ?? associations?.workspaceValue });
}

/** True when the settings of any workspace folder mark a corpus (as for workspaceIsCorpus,
 *  one marked folder makes the workspace one). */
export function workspaceSettingsMarkCorpus(): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some(settingsMarkCorpus);
}

/** True when a setting that can mark a corpus changed. */
export function affectsCorpusMarks(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('sorot.corpus') || e.affectsConfiguration('files.associations');
}
