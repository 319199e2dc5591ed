// `sorot.annotations.ownAtCursor`: the researcher's own annotation lies under the active
// editor's cursor or selection. The editor context menu offers "Edit Annotation" only then:
// it offered it on every word, and the command could only answer "No annotation of yours
// here" (others' annotations are read-only). Kept current as the cursor moves, the editor
// changes and the article's annotations change (made, deleted, moved, reloaded).
import * as vscode from 'vscode';
import { ContextKey } from '../context-key';
import { followCursor } from '../follow-cursor';
import type { AnnotationService } from '../services/annotations/annotation-service';
import { ownAnnotationsAt } from '../services/annotations/article-annotations';
import { isAnnotatable } from './decorations';

export class OwnAnnotationKey implements vscode.Disposable {
  readonly key = new ContextKey('sorot.annotations.ownAtCursor', false);
  /** Articles whose annotations could not be loaded, with the document version tried: a
   *  failed load fires no change, so without this every cursor move would read the files
   *  again. An edit, or the file changing on disk (which reloads the document), moves the
   *  version on and allows one more try. */
  private readonly unreadable = new Map<string, number>();
  private readonly following: vscode.Disposable;

  constructor(private readonly service: AnnotationService) {
    this.following = followCursor(service.onDidChange, (editor) => this.update(editor));
  }

  private update(editor: vscode.TextEditor | undefined): void {
    const doc = editor?.document;
    const state = doc && this.service.peek(doc.uri);
    // An article whose annotations are not loaded yet: loading fires onDidChange, read again then.
    if (doc && !state && isAnnotatable(doc)) this.load(doc);
    const mine = editor !== undefined && state !== undefined &&
      ownAnnotationsAt(state, editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)).length > 0;
    if (mine !== this.key.value) void this.key.set(mine);
  }

  private load(doc: vscode.TextDocument): void {
    const uri = doc.uri.toString();
    const version = doc.version;
    if (this.unreadable.get(uri) === version) return;
    void this.service.get(doc.uri).then((state) => {
      if (state) this.unreadable.delete(uri);
      else this.unreadable.set(uri, version);
    });
  }

  dispose(): void {
    this.following.dispose();
  }
}
