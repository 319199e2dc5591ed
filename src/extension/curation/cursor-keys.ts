// Context keys for the editor context menu's correction items: "Not an Actor Here" and
// "Link Actor to…" show on an actor mention, "Set Speaker…" on a quote or reported
// statement, not on every word of the article (package.json menus.editor/context).
import * as vscode from 'vscode';
import type { CuratedAnalysis } from '../../core/curation';
import { ContextKey } from '../context-key';
import { followCursor } from '../follow-cursor';
import { isArticleDocument } from '../services/corpus-scope';
import { cursorContext } from './item-at';

export class CursorKeys implements vscode.Disposable {
  readonly atActor = new ContextKey('sorot.curation.atActor', false);
  readonly atSpeakerItem = new ContextKey('sorot.curation.atSpeakerItem', false);
  private readonly following: vscode.Disposable;

  constructor(private readonly curated: (doc: vscode.TextDocument) => CuratedAnalysis | undefined, onLayerChanged: vscode.Event<vscode.Uri>) {
    this.following = followCursor(onLayerChanged, (editor) => this.update(editor));
  }

  private update(editor: vscode.TextEditor | undefined): void {
    const doc = editor?.document;
    const at = doc && isArticleDocument(doc) ? cursorContext(this.curated(doc), doc.offsetAt(editor.selection.active)) : { atActor: false, atSpeakerItem: false };
    if (at.atActor !== this.atActor.value) void this.atActor.set(at.atActor);
    if (at.atSpeakerItem !== this.atSpeakerItem.value) void this.atSpeakerItem.set(at.atSpeakerItem);
  }

  dispose(): void {
    this.following.dispose();
  }
}
