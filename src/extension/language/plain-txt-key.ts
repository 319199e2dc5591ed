// `sorot.editor.plainTxt`: the active editor holds a plain .txt file, not yet an article.
// The Articles view's welcome offers "Open Current File as News Article" only then: it
// offered it with no file open at all, and the command could only answer "Open a text
// file first". The editor title's button asks the editor's own keys (resourceExtname,
// editorLangId); a view's welcome is not inside the editor, so it needs a key of its own.
import * as vscode from 'vscode';
import { ContextKey } from '../context-key';
import { isPlainTxtDocument } from '../services/corpus-scope';

export function plainTxtEditorKey(): { key: ContextKey; disposables: vscode.Disposable[] } {
  const key = new ContextKey('sorot.editor.plainTxt', false);
  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    void key.set(doc !== undefined && isPlainTxtDocument(doc));
  };
  // A language change reaches extensions as a close and an open of the document, while
  // the editor stays active: read the active editor again a turn after either.
  const later = (): void => void setTimeout(update, 0);
  update();
  return {
    key,
    disposables: [
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.workspace.onDidOpenTextDocument(later),
      vscode.workspace.onDidCloseTextDocument(later),
    ],
  };
}
