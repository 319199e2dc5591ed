// Follows a range of an article while a flow asks its questions: every change of the
// document moves it (core track-selection, the live re-anchoring arithmetic); closing
// the document or any edit reaching the selected text ends it. The flow then annotates
// the range in the text as it is at that moment, or refuses.
import * as vscode from 'vscode';
import { followEdits, settleSelection, trackSelection, type TrackedSelection } from '../../core/annotations';

export type WatchedRange =
  | { ok: true; start: number; end: number; text: string }
  | { ok: false; reason: 'edited' | 'empty' | 'closed' };

export class SelectionWatch implements vscode.Disposable {
  private selection: TrackedSelection;
  private closed = false;
  /** The document version this watch has followed up to. */
  private version: number;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly doc: vscode.TextDocument, start: number, end: number) {
    this.selection = trackSelection(doc.getText(), start, end);
    this.version = doc.version;
    const key = doc.uri.toString();
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() !== key) return;
        this.version = e.document.version;
        if (e.contentChanges.length === 0) return;
        const edits = e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
        this.selection = followEdits(this.selection, edits, e.document.getText());
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === key) this.closed = true;
      }),
    ];
  }

  /** Where the range is in the document now. Called where no change event can arrive
   *  before the result is used (synchronously, or within one chain of microtasks). */
  now(): WatchedRange {
    if (this.closed || this.doc.isClosed) return { ok: false, reason: 'closed' };
    // A version this watch has not followed means a change it did not see.
    if (this.doc.version !== this.version) return { ok: false, reason: 'edited' };
    const text = this.doc.getText();
    const settled = settleSelection(this.selection, text);
    return settled.ok ? { ...settled, text } : settled;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
