// Context keys that say what lies under the cursor (the editor context menu's `when`
// clauses) must follow three things: the cursor moving, another editor becoming active,
// and what is shown on the active article changing (a layer recomputed, annotations
// loaded or edited). This is the one place that listens to all three.
import * as vscode from 'vscode';

/**
 * Calls `update` with the active editor (undefined: none) now and whenever one of the
 * three changes. `layerChanged` fires with the URI of an article whose layer changed; other
 * articles than the active one are skipped. A selection change in an editor that is not
 * the active one (a second editor on the side) is skipped too: the menu asks the active one.
 */
export function followCursor(layerChanged: vscode.Event<vscode.Uri>, update: (editor: vscode.TextEditor | undefined) => void): vscode.Disposable {
  const ifActive = (editor: vscode.TextEditor | undefined): void => {
    if (editor && editor !== vscode.window.activeTextEditor) return;
    update(editor);
  };
  const subscriptions = [
    vscode.window.onDidChangeTextEditorSelection((e) => ifActive(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(ifActive),
    layerChanged((uri) => {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.uri.toString() === uri.toString()) update(editor);
    }),
  ];
  update(vscode.window.activeTextEditor);
  return vscode.Disposable.from(...subscriptions);
}
