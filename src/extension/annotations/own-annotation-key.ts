// `sorot.annotations.ownAtCursor`: the researcher's own annotation lies under the active
// editor's cursor or selection. The editor context menu offers "Edit Annotation" only then:
// it offered it on every word, and the command could only answer "No annotation of yours
// here" (others' annotations are read-only). Kept current as the cursor moves, the editor
// changes and the article's annotations change (made, deleted, moved, reloaded).
import * as vscode from 'vscode';
import { ContextKey } from '../context-key';
import type { AnnotationService } from '../services/annotations/annotation-service';
import { ownAnnotationsAt } from '../services/annotations/article-annotations';
import { isAnnotatable } from './decorations';

export class OwnAnnotationKey implements vscode.Disposable {
  readonly key = new ContextKey('sorot.annotations.ownAtCursor', false);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly service: AnnotationService) {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((e) => this.update(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => this.update(e)),
      service.onDidChange((uri) => {
        const editor = vscode.window.activeTextEditor;
        if (editor && editor.document.uri.toString() === uri.toString()) this.update(editor);
      }),
    ];
    this.update(vscode.window.activeTextEditor);
  }

  private update(editor: vscode.TextEditor | undefined): void {
    if (editor && editor !== vscode.window.activeTextEditor) return;
    const doc = editor?.document;
    const state = doc && this.service.peek(doc.uri);
    // An article whose annotations are not loaded yet: loading fires onDidChange, read again then.
    if (doc && !state && isAnnotatable(doc)) void this.service.get(doc.uri);
    const mine = editor !== undefined && state !== undefined &&
      ownAnnotationsAt(state, editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)).length > 0;
    if (mine !== this.key.value) void this.key.set(mine);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
