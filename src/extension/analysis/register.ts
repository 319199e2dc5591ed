// "Sorot: Analyse Corpus": the analysis view (panel.ts) over the articles of the corpus
// scope, analysed with the workspace KB. One view at a time; running the command again
// brings it forward and reads the corpus again.
import * as vscode from 'vscode';
import type { CorpusServices } from '../corpus/register';
import type { WorkspaceCorpusScope } from '../language/corpus-scope';
import { loadAnalysisCorpus } from './load-corpus';
import { AnalysisPanel } from './panel';

export interface AnalysisApi {
  /** The open view, if any (tests drive it through receive()). */
  current(): AnalysisPanel | undefined;
}

export function registerAnalysis(context: vscode.ExtensionContext, scope: WorkspaceCorpusScope, corpus: Pick<CorpusServices, 'engine' | 'kb'>): AnalysisApi {
  let current: AnalysisPanel | undefined;
  const load = () =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sorot: reading the corpus for the analysis'), cancellable: true }, async (progress, token) => {
      const loaded = await loadAnalysisCorpus(await scope.findArticles(undefined, token), { analyze: (text) => corpus.engine.analyze(text), actors: corpus.kb.actors }, progress, token);
      return loaded.cancelled ? undefined : loaded;
    });
  const show = async (): Promise<AnalysisPanel | undefined> => {
    if (!vscode.workspace.workspaceFolders?.length) {
      const open = vscode.l10n.t('Open Folder');
      void vscode.window.showInformationMessage(vscode.l10n.t('The analysis counts the articles of a folder: open one first.'), open).then((c) => c === open && vscode.commands.executeCommand('workbench.action.files.openFolder'));
      return undefined;
    }
    current?.dispose();
    const panel = new AnalysisPanel({ extensionUri: context.extensionUri, load });
    panel.onDidDispose(() => {
      if (current === panel) current = undefined;
    });
    current = panel;
    if (!(await panel.reload())) {
      panel.dispose();
      return undefined;
    }
    return panel;
  };
  context.subscriptions.push(vscode.commands.registerCommand('sorot.analysis.show', show), { dispose: () => current?.dispose() });
  return { current: () => current };
}
