// "Sorot: Analyse Corpus": the analysis view (panel.ts) over the articles of the corpus
// index (analysis-corpus.ts: made from the index's summaries, kept between openings).
// One view at a time; running the command again opens it anew. The open view follows
// the corpus: a change of an article, its annotation files or the table redraws it.
import * as vscode from 'vscode';
import type { CorpusServices } from '../services/corpus/register';
import type { WorkspaceCorpusScope } from '../services/corpus-scope';
import { AnalysisCorpus, type ResearcherMetadata } from './analysis-corpus';
import { AnalysisPanel } from './panel';

export interface AnalysisApi {
  /** The open view, if any (tests drive it through receive()). */
  current(): AnalysisPanel | undefined;
}

export function registerAnalysis(context: vscode.ExtensionContext, _scope: WorkspaceCorpusScope, services: Pick<CorpusServices, 'engine' | 'kb' | 'corpus'>, metadata: ResearcherMetadata): AnalysisApi {
  let current: AnalysisPanel | undefined;
  // Made when the view is first opened: a window that never opens it pays nothing.
  let corpus: AnalysisCorpus | undefined;
  const analysisCorpus = (): AnalysisCorpus => {
    if (!corpus) context.subscriptions.push((corpus = new AnalysisCorpus(services, metadata)));
    return corpus;
  };
  const load = (quietly: boolean) =>
    quietly
      ? analysisCorpus().load()
      : vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sorot: reading the corpus for the analysis'), cancellable: true }, async (progress, token) => {
          const loaded = await analysisCorpus().load(progress, token);
          return loaded.cancelled ? undefined : loaded;
        });
  const show = async (): Promise<AnalysisPanel | undefined> => {
    if (!vscode.workspace.workspaceFolders?.length) {
      const open = vscode.l10n.t('Open Folder');
      void vscode.window.showInformationMessage(vscode.l10n.t('The analysis counts the articles of a folder: open one first.'), open).then((c) => c === open && vscode.commands.executeCommand('workbench.action.files.openFolder'));
      return undefined;
    }
    current?.dispose();
    const panel = new AnalysisPanel({ extensionUri: context.extensionUri, load, onDidChangeCorpus: analysisCorpus().onDidChange });
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
