// Annotation layer in the editor, distinct from the actor/quote layer. Each annotator
// has a colour of their own (annotators.ts): the underline and the label after the span
// are in it. The kind is told by the style (claim solid, stance double, source dashed
// underline), a faint background per kind and the label "⟨claim⟩" (a non-colour cue);
// suggestions are dotted, and annotations that need review get a wavy underline and a
// warning-coloured label. When an article has annotations of several annotators, each
// label also names its annotator, and the second annotator's line runs over the text
// (the first's under it), so a span both marked shows both. Hidden annotators (Sorot:
// Show Annotators…) are left out.
import * as vscode from 'vscode';
import type { Annotation, AnnotationKind } from '../../core/annotations';
import type { AnnotationService } from './annotation-service';
import { allAnnotations } from './article-annotations';
import { annotatorColourId, type Annotators } from './annotators';
import { isArticleDocument } from '../language/corpus-scope';

export type Layer = AnnotationKind | 'suggested' | 'review';

export interface AppliedAnnotation {
  id: string;
  kind: AnnotationKind;
  layer: Layer;
  start: number;
  end: number;
  annotator: string;
  /** The annotator's palette slot (core annotator-colours). */
  colour: number;
  /** Drawn over the text (the second of two annotators) rather than under it. */
  over: boolean;
}

const UNDERLINE: Record<AnnotationKind | 'suggested', { style: string; width: string }> = {
  claim: { style: 'solid', width: '2px' },
  stance: { style: 'double', width: '3px' },
  source: { style: 'dashed', width: '2px' },
  suggested: { style: 'dotted', width: '2px' },
};

/** A line under the text, or over it. */
function line(kind: keyof typeof UNDERLINE, over: boolean): Pick<vscode.DecorationRenderOptions, 'borderStyle' | 'borderWidth'> {
  const { style, width } = UNDERLINE[kind];
  return over ? { borderStyle: `${style} none none none`, borderWidth: `${width} 0 0 0` } : { borderStyle: `none none ${style} none`, borderWidth: `0 0 ${width} 0` };
}

export function kindLabel(layer: Layer): string {
  switch (layer) {
    case 'claim':
      return vscode.l10n.t('⟨claim⟩');
    case 'stance':
      return vscode.l10n.t('⟨stance⟩');
    case 'source':
      return vscode.l10n.t('⟨source⟩');
    case 'suggested':
      return vscode.l10n.t('⟨suggested source⟩');
    case 'review':
      return vscode.l10n.t('⟨needs review⟩');
  }
}

/**
 * The look of one layer in one annotator colour (also used by the adjudication views).
 * `over`: the line goes above the text instead of under it, so two annotators who marked
 * the same span both show (a border drawn on the same side would cover the other).
 */
export function annotationStyle(layer: Layer, slot: number, over = false): vscode.DecorationRenderOptions {
  const colour = new vscode.ThemeColor(annotatorColourId(slot));
  const after = (color: vscode.ThemeColor, fontStyle = 'italic'): vscode.ThemableDecorationAttachmentRenderOptions => ({ contentText: kindLabel(layer), color, fontStyle, margin: '0 0 0 3px' });
  const common = { overviewRulerColor: colour, overviewRulerLane: vscode.OverviewRulerLane.Left, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  switch (layer) {
    case 'suggested':
      return { ...common, borderColor: colour, ...line('suggested', over), after: after(colour) };
    case 'review': {
      const warning = new vscode.ThemeColor('editorWarning.foreground');
      return { ...common, textDecoration: 'underline wavy', borderColor: colour, borderStyle: 'dotted', borderWidth: '1px', after: after(warning, 'normal') };
    }
    default:
      return {
        ...common,
        backgroundColor: new vscode.ThemeColor(`sorot.annotation.${layer}Background`),
        borderColor: colour,
        ...line(layer, over),
        after: after(colour),
      };
  }
}

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

export class AnnotationDecorations implements vscode.Disposable {
  private readonly styles = new AnnotationStyles();
  private readonly disposables: vscode.Disposable[] = [];
  /** What was applied, per document URI, for tests and the status of the layer. */
  readonly applied = new Map<string, AppliedAnnotation[]>();

  constructor(
    private readonly service: AnnotationService,
    private readonly annotators: Annotators,
  ) {
    this.disposables.push(
      this.styles,
      service.onDidChange((uri) => this.refresh(uri)),
      annotators.onDidChange(() => vscode.window.visibleTextEditors.forEach((e) => void this.decorate(e))),
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
    const rows = allAnnotations(state).filter(({ annotation: a }) => a.status !== 'rejected');
    this.annotators.see(rows.map(({ annotation: a }) => a.annotator));
    const enabled = vscode.workspace.getConfiguration('sorot.decorations').get<boolean>('annotations', true);
    const byKey = new Map<string, vscode.DecorationOptions[]>();
    const applied: AppliedAnnotation[] = [];
    if (enabled) {
      const shown = rows.filter(({ annotation: a }) => this.annotators.isVisible(a.annotator));
      // Several annotators on screen: each label names its annotator too, and every second
      // one (by name) draws their line over the text, so identical spans both show.
      const names = [...new Set(shown.map(({ annotation: a }) => a.annotator))].sort();
      const named = names.length > 1;
      const length = doc.getText().length;
      for (const { annotation: a } of shown) {
        const layer = layerOf(a);
        const slot = this.annotators.slot(a.annotator);
        const end = Math.min(a.target.end, length);
        const range = new vscode.Range(doc.positionAt(Math.min(a.target.start, end)), doc.positionAt(end));
        // The label of one decoration replaces its type's: it keeps the type's look.
        const options: vscode.DecorationOptions = named
          ? { range, renderOptions: { after: { ...annotationStyle(layer, slot).after, contentText: vscode.l10n.t('{0} {1}', kindLabel(layer), a.annotator) } } }
          : { range };
        const over = names.indexOf(a.annotator) % 2 === 1;
        const key = AnnotationStyles.key(layer, slot, over);
        const list = byKey.get(key);
        if (list) list.push(options);
        else byKey.set(key, [options]);
        applied.push({ id: a.id, kind: a.kind, layer, start: a.target.start, end: a.target.end, annotator: a.annotator, colour: slot, over });
      }
    }
    if (editor.document.isClosed) return;
    this.styles.apply(editor, byKey);
    this.applied.set(doc.uri.toString(), applied);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function layerOf(a: Annotation): Layer {
  if (a.needsReview) return 'review';
  if (a.status === 'suggested') return 'suggested';
  return a.kind;
}

/** Articles of the corpus scope (or opened as articles) are annotated; other text is not. */
export function isAnnotatable(doc: vscode.TextDocument): boolean {
  return isArticleDocument(doc);
}
