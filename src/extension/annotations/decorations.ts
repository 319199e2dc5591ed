// Annotation layer in the editor, distinct from the actor/quote layer; its styles are
// in the one palette (services/layers/palette.ts). Each annotator has a colour of their
// own (services/annotations/annotators.ts) for the line under the span; the kind is told
// by the line's style (claim solid, stance double, source dashed, suggestion dotted, needs review wavy in
// the warning colour), by an icon in the gutter and by a label above the paragraph that
// says what each annotation of the line says, briefly (a CodeLens: "stance: Lavrov against
// NATO · source: Reuters (agency, reported)", lens-label.ts; it opens the details), never
// by text inserted in the text: with word wrap on, a label after the last word would be
// clipped at the edge. Actors are named as the KB names them now. When an
// article has annotations of several annotators, each label names its annotator too
// (once for what several said alike: "stance (budi, rina): …"),
// and the second annotator's line runs over the text (the first's under it), so a span
// both marked shows both. Hidden annotators (Sorot: Show Annotators…) and hidden layers
// (Sorot: Show Layers…) are left out.
import * as vscode from 'vscode';
import type { Annotation, AnnotationKind } from '../../core/annotations';
import type { AnnotationService } from '../services/annotations/annotation-service';
import { allAnnotations } from '../services/annotations/article-annotations';
import type { Annotators } from '../services/annotations/annotators';
import { isArticleDocument } from '../services/corpus-scope';
import { ANNOTATION_LAYERS, KIND_CODICON, kindIconType, type AnnotationLayer } from '../services/layers/palette';
import { AnnotationStyles, layerOf } from '../services/annotations/styles';
import { summary, type ActorNames } from '../services/annotations/describe';
import { headOf, lensLabel, partText, type LabelPart, type NamedHead } from './lens-label';
import type { Span } from '../../core/recognize/layers';
import type { LayerVisibility, VisibleLayer } from '../services/layers/visibility';

export type Layer = AnnotationLayer;

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

/** What shows beside the text of one line: its label (above it) and its gutter icon. */
export interface AppliedMargin {
  line: number;
  /** The label above the line, '' when labels are hidden. */
  label: string;
  /** What each annotation of the line says, uncut, one a line (the label's tooltip). */
  full: string;
  /** Where the first annotation of the line starts (the label opens its details). */
  offset: number;
  /** The gutter icon's layer, when kind icons show. */
  icon?: Layer;
}

/** The recognized layers' side (decorations/controller.ts): which layers show, and
 *  where the annotations own the line under the text. */
export interface LayerHost {
  readonly visibility: LayerVisibility;
  setCovered(uri: vscode.Uri, spans: readonly Span[]): void;
}

export function kindLabel(layer: Layer): string {
  switch (layer) {
    case 'claim':
      return vscode.l10n.t('claim');
    case 'stance':
      return vscode.l10n.t('stance');
    case 'source':
      return vscode.l10n.t('source');
    case 'suggested':
      return vscode.l10n.t('suggested source');
    case 'review':
      return vscode.l10n.t('needs review');
  }
}

/** An annotation's kind as its label names it: "stance", "suggested source", "stance,
 *  needs review". */
export function labelKind(a: Annotation, layer: Layer): string {
  return layer === 'review' ? vscode.l10n.t('{0}, needs review', kindLabel(a.kind)) : kindLabel(layer);
}

/** What the annotations of a line say: one entry for the same kind and words, whoever
 *  of the annotators shown made it. */
interface LineSays {
  said: Array<{ kind: string; says: string; annotators: string[] }>;
  /** Where the first annotation of the line starts. */
  offset: number;
}

/** The Show Layers switch that governs an annotation layer. */
const SWITCH: Record<Layer, VisibleLayer> = { claim: 'annotations', stance: 'annotations', source: 'annotations', suggested: 'suggestions', review: 'needsReview' };

export class AnnotationDecorations implements vscode.Disposable, vscode.CodeLensProvider {
  private readonly styles = new AnnotationStyles();
  private readonly icons = new Map<Layer, vscode.TextEditorDecorationType>();
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensesChanged.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** What was applied, per document URI, for tests and the status of the layer. */
  readonly applied = new Map<string, AppliedAnnotation[]>();
  /** The labels and gutter icons applied, per document URI. */
  readonly margins = new Map<string, AppliedMargin[]>();

  constructor(
    private readonly service: AnnotationService,
    private readonly annotators: Annotators,
    extensionUri: vscode.Uri,
    private readonly host?: LayerHost,
    private readonly kb?: ActorNames,
  ) {
    for (const layer of ANNOTATION_LAYERS) this.icons.set(layer, kindIconType(extensionUri, layer));
    const all = (): void => vscode.window.visibleTextEditors.forEach((e) => void this.decorate(e));
    this.disposables.push(
      this.styles,
      this.lensesChanged,
      vscode.languages.registerCodeLensProvider({ language: 'sorot-article' }, this),
      vscode.commands.registerCommand(SHOW_DETAILS, showDetails),
      ...this.icons.values(),
      service.onDidChange((uri) => this.refresh(uri)),
      annotators.onDidChange(all),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => void this.decorate(e))),
      // A file the corpus scope calls an article opens as plain text and becomes an
      // article a moment later (language/register.ts): VS Code reopens it then.
      vscode.workspace.onDidOpenTextDocument((doc) => this.refresh(doc.uri)),
    );
    if (host) this.disposables.push(host.visibility.onDidChange(all));
    // a rename or merge in the workspace KB changes how the labels name actors
    if (kb?.onDidChange) this.disposables.push(kb.onDidChange(all));
    all();
  }

  private refresh(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri.toString()) void this.decorate(editor);
    }
  }

  private shows(layer: VisibleLayer): boolean {
    return this.host ? this.host.visibility.isShown(layer) : true;
  }

  async decorate(editor: vscode.TextEditor): Promise<void> {
    const doc = editor.document;
    if (!isAnnotatable(doc)) return;
    const state = await this.service.get(doc.uri);
    if (!state) return;
    const rows = allAnnotations(state).filter(({ annotation: a }) => a.status !== 'rejected');
    this.annotators.see(rows.map(({ annotation: a }) => a.annotator));
    const byKey = new Map<string, vscode.DecorationOptions[]>();
    const applied: AppliedAnnotation[] = [];
    const shown = rows.filter(({ annotation: a }) => this.annotators.isVisible(a.annotator) && this.shows(SWITCH[layerOf(a)]));
    // Several annotators on screen: each label names its annotator too, and every second
    // one (by name) draws their line over the text, so identical spans both show.
    const names = [...new Set(shown.map(({ annotation: a }) => a.annotator))].sort();
    const named = names.length > 1;
    const length = doc.getText().length;
    const labels = new Map<number, LineSays>();
    const icons = new Map<number, Layer>();
    // by where they start, so a line's label reads in the order of its text
    for (const { annotation: a } of [...shown].sort((x, y) => x.annotation.target.start - y.annotation.target.start)) {
      const layer = layerOf(a);
      const slot = this.annotators.slot(a.annotator);
      const end = Math.min(a.target.end, length);
      const range = new vscode.Range(doc.positionAt(Math.min(a.target.start, end)), doc.positionAt(end));
      const over = names.indexOf(a.annotator) % 2 === 1;
      const key = AnnotationStyles.key(layer, slot, over);
      const list = byKey.get(key);
      if (list) list.push({ range });
      else byKey.set(key, [{ range }]);
      applied.push({ id: a.id, kind: a.kind, layer, start: a.target.start, end: a.target.end, annotator: a.annotator, colour: slot, over });
      const kind = labelKind(a, layer);
      const says = summary(a, this.kb?.actors);
      const line = range.start.line;
      const onLine = labels.get(line) ?? { said: [], offset: a.target.start };
      const same = onLine.said.find((x) => x.kind === kind && x.says === says);
      if (!same) onLine.said.push({ kind, says, annotators: [a.annotator] });
      else if (!same.annotators.includes(a.annotator)) same.annotators.push(a.annotator);
      onLine.offset = Math.min(onLine.offset, a.target.start);
      labels.set(line, onLine);
      const icon = icons.get(line);
      if (icon === undefined || ANNOTATION_LAYERS.indexOf(layer) < ANNOTATION_LAYERS.indexOf(icon)) icons.set(line, layer);
    }
    if (editor.document.isClosed) return;
    this.styles.apply(editor, byKey);
    const margins = this.applyMargins(editor, labels, icons, named);
    this.applied.set(doc.uri.toString(), applied);
    this.margins.set(doc.uri.toString(), margins);
    this.host?.setCovered(doc.uri, applied.map(({ start, end }) => ({ start, end })));
  }

  /** One gutter icon per line, and the labels for the CodeLens above each line. */
  private applyMargins(editor: vscode.TextEditor, labels: Map<number, LineSays>, icons: Map<number, Layer>, named: boolean): AppliedMargin[] {
    const showLabels = this.shows('labels');
    const showIcons = this.shows('kindIcons');
    const more = (n: number): string => vscode.l10n.t('and {0} more', n);
    const withAnnotators: NamedHead = (kind, annotators) => vscode.l10n.t('{0} ({1})', kind, annotators);
    const margins = new Map<number, AppliedMargin>();
    for (const [line, { said, offset }] of labels) {
      // with several annotators shown, each kind names whose it is ("stance (budi, rina)")
      const parts: LabelPart[] = said.map(({ kind, says, annotators }) => ({ head: kind, says, ...(named ? { annotators: [...annotators].sort() } : {}) }));
      const label = showLabels ? lensLabel(parts, more, withAnnotators) : '';
      margins.set(line, { line, offset, label, full: label && parts.map((p) => partText(headOf(p, withAnnotators), p.says)).join('\n') });
    }
    const byIcon = new Map<Layer, vscode.Range[]>();
    if (showIcons) {
      for (const [line, layer] of icons) {
        byIcon.set(layer, [...(byIcon.get(layer) ?? []), new vscode.Range(line, 0, line, 0)]);
        const m = margins.get(line) as AppliedMargin;
        margins.set(line, { ...m, icon: layer });
      }
    }
    for (const [layer, type] of this.icons) editor.setDecorations(type, byIcon.get(layer) ?? []);
    this.lensesChanged.fire();
    return [...margins.values()].sort((a, b) => a.line - b.line);
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const margins = this.margins.get(doc.uri.toString()) ?? [];
    return margins
      .filter((m) => m.label && m.line < doc.lineCount)
      .map((m) => new vscode.CodeLens(new vscode.Range(m.line, 0, m.line, 0), {
        title: `$(${KIND_CODICON[m.icon ?? 'claim']}) ${m.label}`,
        tooltip: `${m.full}\n\n${vscode.l10n.t('Show the annotations of this paragraph')}`,
        command: SHOW_DETAILS,
        arguments: [doc.uri.toString(), m.offset],
      }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

const SHOW_DETAILS = 'sorot.annotations.showDetails';

/** The label's command: the cursor to the annotation and its hover open. */
async function showDetails(uri: string, offset: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const at = doc.positionAt(offset + 1);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at));
  await vscode.commands.executeCommand('editor.action.showHover');
}

/** Articles of the corpus scope (or opened as articles) are annotated; other text is not. */
export function isAnnotatable(doc: vscode.TextDocument): boolean {
  return isArticleDocument(doc);
}
