// Annotation layer in the editor, distinct from the actor/quote layer: a coloured
// bracket-like border per kind plus a small kind label after the span (a non-colour cue),
// dashed for suggestions, wavy red for annotations that need review.
import * as vscode from 'vscode';
import type { Annotation, AnnotationKind } from '../../core/annotations';
import type { AnnotationService } from './annotation-service';
import { allAnnotations } from './article-annotations';
import { isArticleDocument } from '../language/corpus-scope';

type Layer = AnnotationKind | 'suggested' | 'review';

function style(kind: AnnotationKind, label: string): vscode.DecorationRenderOptions {
  return {
    backgroundColor: new vscode.ThemeColor(`sorot.annotation.${kind}Background`),
    borderColor: new vscode.ThemeColor(`sorot.annotation.${kind}Border`),
    borderStyle: 'solid',
    borderWidth: '0 0 2px 0',
    overviewRulerColor: new vscode.ThemeColor(`sorot.annotation.${kind}Border`),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    after: { contentText: label, color: new vscode.ThemeColor(`sorot.annotation.${kind}Border`), fontStyle: 'italic', margin: '0 0 0 3px' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

export class AnnotationDecorations implements vscode.Disposable {
  private readonly types: Record<Layer, vscode.TextEditorDecorationType>;
  private readonly disposables: vscode.Disposable[] = [];
  /** What was applied, per document URI, for tests and the status of the layer. */
  readonly applied = new Map<string, Array<{ id: string; kind: AnnotationKind; layer: Layer; start: number; end: number }>>();

  constructor(private readonly service: AnnotationService) {
    this.types = {
      claim: vscode.window.createTextEditorDecorationType(style('claim', vscode.l10n.t('⟨claim⟩'))),
      stance: vscode.window.createTextEditorDecorationType(style('stance', vscode.l10n.t('⟨stance⟩'))),
      source: vscode.window.createTextEditorDecorationType(style('source', vscode.l10n.t('⟨source⟩'))),
      suggested: vscode.window.createTextEditorDecorationType({
        borderColor: new vscode.ThemeColor('sorot.annotation.suggestedBorder'),
        borderStyle: 'dashed',
        borderWidth: '0 0 1px 0',
        after: { contentText: vscode.l10n.t('⟨suggested source⟩'), color: new vscode.ThemeColor('sorot.annotation.suggestedBorder'), fontStyle: 'italic', margin: '0 0 0 3px' },
      }),
      review: vscode.window.createTextEditorDecorationType({
        textDecoration: 'underline wavy',
        borderColor: new vscode.ThemeColor('editorWarning.foreground'),
        borderStyle: 'dotted',
        borderWidth: '1px',
        overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        after: { contentText: vscode.l10n.t('⟨needs review⟩'), color: new vscode.ThemeColor('editorWarning.foreground'), margin: '0 0 0 3px' },
      }),
    };
    this.disposables.push(
      ...Object.values(this.types),
      service.onDidChange((uri) => this.refresh(uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => void this.decorate(e))),
      // A file the corpus scope calls an article opens as plain text and becomes an
      // article a moment later (language/register.ts): VS Code reopens it then.
      vscode.workspace.onDidOpenTextDocument((doc) => this.refresh(doc.uri)),
    );
    vscode.window.visibleTextEditors.forEach((e) => void this.decorate(e));
  }

  private refresh(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri.toString()) void this.decorate(editor);
    }
  }

  async decorate(editor: vscode.TextEditor): Promise<void> {
    const doc = editor.document;
    if (!isAnnotatable(doc)) return;
    const state = await this.service.get(doc.uri);
    if (!state) return;
    const enabled = vscode.workspace.getConfiguration('sorot.decorations').get<boolean>('annotations', true);
    const byLayer: Record<Layer, vscode.DecorationOptions[]> = { claim: [], stance: [], source: [], suggested: [], review: [] };
    const applied: Array<{ id: string; kind: AnnotationKind; layer: Layer; start: number; end: number }> = [];
    if (enabled) {
      const length = doc.getText().length;
      for (const { annotation: a } of allAnnotations(state)) {
        if (a.status === 'rejected') continue;
        const layer = layerOf(a);
        const end = Math.min(a.target.end, length);
        const range = new vscode.Range(doc.positionAt(Math.min(a.target.start, end)), doc.positionAt(end));
        byLayer[layer].push({ range });
        applied.push({ id: a.id, kind: a.kind, layer, start: a.target.start, end: a.target.end });
      }
    }
    for (const layer of Object.keys(byLayer) as Layer[]) editor.setDecorations(this.types[layer], byLayer[layer]);
    this.applied.set(doc.uri.toString(), applied);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function layerOf(a: Annotation): Layer {
  if (a.needsReview) return 'review';
  if (a.status === 'suggested') return 'suggested';
  return a.kind;
}

/** Articles of the corpus scope (or opened as articles) are annotated; other text is not. */
export function isAnnotatable(doc: vscode.TextDocument): boolean {
  return isArticleDocument(doc);
}
