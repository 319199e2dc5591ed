// How an annotation is drawn, shared by the annotation layer (annotations/decorations.ts)
// and the annotator views of the agreement report: its layer (kind, suggestion or needs
// review) and one decoration type per layer, annotator colour and side of the text.
import * as vscode from 'vscode';
import type { Annotation } from '../../../core/annotations';
import { annotationStyle, type AnnotationLayer } from '../layers/palette';

type Layer = AnnotationLayer;

/** Decoration types by layer and colour, made when first needed and kept. */
export class AnnotationStyles implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();

  static key(layer: Layer, slot: number, over = false): string {
    return `${layer}:${slot}:${over ? 'over' : 'under'}`;
  }

  get(layer: Layer, slot: number, over = false): vscode.TextEditorDecorationType {
    const key = AnnotationStyles.key(layer, slot, over);
    let type = this.types.get(key);
    if (!type) this.types.set(key, (type = vscode.window.createTextEditorDecorationType(annotationStyle(layer, slot, over))));
    return type;
  }

  /** Sets every type on the editor: the given ranges (by key()), and none for every other
   *  type (so what an earlier call showed and this one does not is cleared). */
  apply(editor: vscode.TextEditor, byKey: Map<string, vscode.DecorationOptions[]>): void {
    for (const key of byKey.keys()) {
      const [layer, slot, side] = key.split(':');
      this.get(layer as Layer, Number(slot), side === 'over');
    }
    for (const [key, type] of this.types) editor.setDecorations(type, byKey.get(key) ?? []);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}


export function layerOf(a: Annotation): Layer {
  if (a.needsReview) return 'review';
  if (a.status === 'suggested') return 'suggested';
  return a.kind;
}
