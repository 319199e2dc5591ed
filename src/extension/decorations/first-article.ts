// The first article a researcher opens: one short sentence on what to do next, with a
// button, once per installation (globalState). Later articles open without a word.
import * as vscode from 'vscode';
import { isArticleDocument } from '../services/corpus-scope';

const SHOWN_KEY = 'sorot.firstArticleTipShown';

export function watchFirstArticle(state: vscode.Memento): vscode.Disposable {
  if (state.get<boolean>(SHOWN_KEY)) return new vscode.Disposable(() => undefined);
  const check = (editors: readonly vscode.TextEditor[]): void => {
    const editor = editors.find((e) => isArticleDocument(e.document));
    if (!editor || state.get<boolean>(SHOWN_KEY)) return;
    void state.update(SHOWN_KEY, true);
    subscription.dispose();
    void tip(editor.document.uri);
  };
  const subscription = vscode.window.onDidChangeVisibleTextEditors(check);
  check(vscode.window.visibleTextEditors);
  return subscription;
}

async function tip(uri: vscode.Uri): Promise<void> {
  const layers = vscode.l10n.t('Show Layers…');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0}: select a passage and press Ctrl+Alt+A (Cmd+Alt+A on macOS) to annotate it.', vscode.workspace.asRelativePath(uri)),
    layers,
  );
  if (choice === layers) await vscode.commands.executeCommand('sorot.showLayers');
}
