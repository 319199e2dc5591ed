// Side-by-side adjudication: one read-only document per annotator, each the article's
// text with only that annotator's annotations, in their colour and kind style (the
// editor's own look, annotations/decorations.ts), and the disagreements highlighted:
// a span that differs (the fields and both values in its hover), a span only this
// annotator marked, and, outlined, a span only the other one marked. Above each
// disagreement, and in its hover, the report's resolutions (keep either side, both,
// neither) go into the open agreement report and so into the adjudicated files it writes.
// The documents come from a content provider (scheme sorot-annotator): they cannot be
// edited, are no article to the rest of Sorot, and their tab names the annotator.
import * as vscode from 'vscode';
import type { AgreementArticle, FieldDifference, MatchMode, Resolution } from '../../core/agreement';
import { sideBySide, type SideEntry, type SideView } from '../../core/agreement/side-by-side';
import { shownValues } from '../../core/agreement/render';
import { shownActorLabel } from '../services/annotations/reserved-actor-labels';
import type { Annotators } from '../services/annotations/annotators';
import { AnnotationStyles, layerOf } from '../services/annotations/styles';
import { annotatorLine, escapeMd, excerpt, fieldsMarkdown } from '../services/annotations/describe';

export const ANNOTATOR_VIEW_SCHEME = 'sorot-annotator';
/** Their language (package.json): word wrap on, as two half-width editors need. */
const ANNOTATOR_VIEW_LANGUAGE = 'sorot-annotator-view';

export interface ViewRequest {
  articleUri: vscode.Uri;
  /** The article as the report read it: the text its annotations' offsets count in. */
  text: string;
  article: AgreementArticle;
  /** The report's pair, in its order (annotator A, annotator B). */
  pair: readonly [string, string];
  mode: MatchMode;
  resolutions: ReadonlyMap<string, Resolution>;
}

interface ViewModel {
  request: ViewRequest;
  side: 'a' | 'b';
  view: SideView;
}

export type MarkState = SideEntry['state'] | 'missing';

/** What a view shows, for tests: its annotator and every span with its state. */
export interface AppliedView {
  annotator: string;
  other: string;
  spans: Array<{ id: string; start: number; end: number; state: MarkState; disagreementId?: string; resolution?: Resolution }>;
}

const LINK_COMMANDS = ['sorot.agreement.resolve'];
const MARK_COLOUR = new vscode.ThemeColor('sorot.annotation.disagreementBorder');
/** A label given to one decoration replaces its type's whole label: these keep the look. */

export class AnnotatorViews implements vscode.TextDocumentContentProvider, vscode.HoverProvider, vscode.CodeLensProvider, vscode.Disposable {
  private readonly models = new Map<string, ViewModel>();
  private readonly styles = new AnnotationStyles();
  private readonly disagreement: vscode.TextEditorDecorationType;
  private readonly missing: vscode.TextEditorDecorationType;
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensesChanged.event;
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.emitter.event;
  /** What was applied, per view document URI. */
  readonly applied = new Map<string, AppliedView>();

  constructor(private readonly annotators: Annotators) {
    this.disagreement = vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('sorot.annotation.disagreementBackground'),
      border: '1px solid',
      borderColor: MARK_COLOUR,
      overviewRulerColor: MARK_COLOUR,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
    this.missing = vscode.window.createTextEditorDecorationType({
      border: '1px dashed',
      borderColor: MARK_COLOUR,
      overviewRulerColor: MARK_COLOUR,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
    this.disposables.push(
      this.emitter,
      this.lensesChanged,
      this.styles,
      this.disagreement,
      this.missing,
      vscode.workspace.registerTextDocumentContentProvider(ANNOTATOR_VIEW_SCHEME, this),
      vscode.languages.registerHoverProvider({ scheme: ANNOTATOR_VIEW_SCHEME }, this),
      vscode.languages.registerCodeLensProvider({ scheme: ANNOTATOR_VIEW_SCHEME }, this),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      annotators.onDidChange(() => this.refresh()),
    );
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.models.get(uri.toString())?.request.text ?? '';
  }

  /** Opens annotator A's view beside annotator B's, each revealing `focus` (start, end). */
  async open(request: ViewRequest, focus?: { a?: { start: number; end: number }; b?: { start: number; end: number } }): Promise<vscode.TextEditor[]> {
    const [annotatorA, annotatorB] = request.pair;
    const views = sideBySide(request.article, annotatorA, annotatorB, request.mode);
    this.annotators.see(request.pair);
    const editors: vscode.TextEditor[] = [];
    for (const side of ['a', 'b'] as const) {
      const uri = viewUri(request.articleUri, views[side].annotator);
      const known = this.models.has(uri.toString());
      this.models.set(uri.toString(), { request, side, view: views[side] });
      if (known) this.emitter.fire(uri); // the document shows this report's text
      let doc = await vscode.workspace.openTextDocument(uri);
      if (doc.languageId !== ANNOTATOR_VIEW_LANGUAGE) doc = await vscode.languages.setTextDocumentLanguage(doc, ANNOTATOR_VIEW_LANGUAGE);
      const column = side === 'a' ? vscode.ViewColumn.One : vscode.ViewColumn.Two;
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false, preserveFocus: side === 'b' });
      const span = focus?.[side] ?? focus?.[side === 'a' ? 'b' : 'a'];
      if (span) {
        // The cursor at the span's start: a selection would hide the marks under it.
        const start = doc.positionAt(span.start);
        editor.selection = new vscode.Selection(start, start);
        editor.revealRange(new vscode.Range(start, doc.positionAt(span.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      this.decorate(editor);
      editors.push(editor);
    }
    return editors;
  }

  /** Re-applies every visible view (after a resolution or a colour changed). */
  refresh(): void {
    this.lensesChanged.fire();
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.scheme === ANNOTATOR_VIEW_SCHEME) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const model = this.models.get(doc.uri.toString());
    if (!model) return;
    const { view, request } = model;
    const other = request.pair[model.side === 'a' ? 1 : 0];
    const range = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    const slot = this.annotators.slot(view.annotator);
    const byKey = new Map<string, vscode.DecorationOptions[]>();
    const marks: vscode.DecorationOptions[] = [];
    const applied: AppliedView = { annotator: view.annotator, other, spans: [] };
    for (const e of view.entries) {
      const a = e.annotation;
      const key = AnnotationStyles.key(layerOf(a), slot);
      const list = byKey.get(key) ?? [];
      list.push({ range: range(a.target) });
      byKey.set(key, list);
      const resolution = e.disagreementId ? request.resolutions.get(e.disagreementId) : undefined;
      if (e.state !== 'agreed') marks.push({ range: range(a.target) });
      applied.spans.push({ id: a.id, start: a.target.start, end: a.target.end, state: e.state, ...(e.disagreementId ? { disagreementId: e.disagreementId } : {}), ...(resolution ? { resolution } : {}) });
    }
    const missing = view.missing.map((m) => {
      const resolution = request.resolutions.get(m.disagreementId);
      applied.spans.push({ id: m.annotation.id, start: m.annotation.target.start, end: m.annotation.target.end, state: 'missing', disagreementId: m.disagreementId, ...(resolution ? { resolution } : {}) });
      return { range: range(m.annotation.target) };
    });
    this.styles.apply(editor, byKey);
    editor.setDecorations(this.disagreement, marks);
    editor.setDecorations(this.missing, missing);
    applied.spans.sort((p, q) => p.start - q.start || p.end - q.end);
    this.applied.set(doc.uri.toString(), applied);
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const model = this.models.get(doc.uri.toString());
    if (!model) return undefined;
    const { view, request } = model;
    const offset = doc.offsetAt(position);
    const at = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
    const entries = view.entries.filter((e) => at(e.annotation.target));
    const missing = view.missing.filter((m) => at(m.annotation.target));
    if (entries.length === 0 && missing.length === 0) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: LINK_COMMANDS };
    md.supportHtml = true;
    const other = request.pair[model.side === 'a' ? 1 : 0];
    const parts: string[] = [];
    for (const e of entries) {
      const lines = [annotatorLine(this.annotators, view.annotator, false), '', ...fieldsMarkdown(e.annotation), ''];
      if (e.state === 'agreed') lines.push(`$(check) ${escapeMd(vscode.l10n.t('{0} marked it the same way.', other))}`);
      else if (e.state === 'only') lines.push(`$(diff-removed) **${escapeMd(vscode.l10n.t('Only {0} marked this span.', view.annotator))}**`);
      else lines.push(`$(diff) **${escapeMd(vscode.l10n.t('{0} marked it differently:', other))}**`, '', ...differenceLines(e, request.pair));
      if (e.disagreementId) lines.push('', resolveLinks(e.disagreementId, request.pair, request.resolutions.get(e.disagreementId)));
      parts.push(lines.join('\n'));
    }
    for (const m of missing) {
      const lines = [`$(diff-added) **${escapeMd(vscode.l10n.t('Only {0} marked this span; {1} did not.', other, view.annotator))}**`, '', annotatorLine(this.annotators, other, false), '', ...fieldsMarkdown(m.annotation), ''];
      lines.push(resolveLinks(m.disagreementId, request.pair, request.resolutions.get(m.disagreementId)));
      parts.push(lines.join('\n'));
    }
    md.appendMarkdown(parts.join('\n\n---\n\n'));
    return new vscode.Hover(md);
  }

  /** Keep A / keep B / both / neither above each disagreement (once per disagreement). */
  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const model = this.models.get(doc.uri.toString());
    if (!model) return [];
    const { view, request } = model;
    const other = request.pair[model.side === 'a' ? 1 : 0];
    // What differs is said here, above the text, not inserted into it.
    const spans = [
      ...view.entries.flatMap((e) => (e.disagreementId ? [{ id: e.disagreementId, start: e.annotation.target.start, exact: e.annotation.target.exact, mark: markLabel(e, view.annotator) }] : [])),
      ...view.missing.map((m) => ({ id: m.disagreementId, start: m.annotation.target.start, exact: m.annotation.target.exact, mark: vscode.l10n.t('only {0}', other) })),
    ].sort((p, q) => p.start - q.start);
    const perLine = new Map<number, number>();
    for (const { start } of spans) perLine.set(doc.positionAt(start).line, (perLine.get(doc.positionAt(start).line) ?? 0) + 1);
    const [a, b] = request.pair;
    const choices: Array<[Resolution, string]> = [['A', vscode.l10n.t('Keep {0}', a)], ['B', vscode.l10n.t('Keep {0}', b)], ['both', vscode.l10n.t('Both')], ['neither', vscode.l10n.t('Neither')]];
    return spans.flatMap(({ id, start, exact, mark }) => {
      const at = new vscode.Range(doc.positionAt(start), doc.positionAt(start));
      const current = request.resolutions.get(id);
      // Several disagreements start on this line: each group of links says which it is for.
      const which = (perLine.get(at.start.line) ?? 0) > 1 ? `“${excerpt(exact.replace(/^[“”"‘’']+/, ''), 20)}” ` : '';
      return choices.map(([r, label], i) =>
        new vscode.CodeLens(at, { title: `${i === 0 ? `${which}$(diff) ${mark}: ` : ''}${current === r ? `$(check) ${label}` : label}`, command: 'sorot.agreement.resolve', arguments: [id, r] }));
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** `sorot-annotator:/<folder>/<article> · <annotator>`: the tab reads "<article> · <annotator>". */
export function viewUri(articleUri: vscode.Uri, annotator: string): vscode.Uri {
  const path = vscode.workspace.asRelativePath(articleUri, false);
  return vscode.Uri.from({ scheme: ANNOTATOR_VIEW_SCHEME, path: `/${path} · ${annotator}`, query: encodeURIComponent(articleUri.toString()) });
}

function markLabel(e: SideEntry, annotator: string): string {
  return e.state === 'only' ? vscode.l10n.t('only {0}', annotator) : vscode.l10n.t('differs in {0}', e.differences.map((d) => d.field).join(', ') || vscode.l10n.t('boundary'));
}

/** Each differing field with both annotators' values. */
function differenceLines(e: SideEntry, pair: readonly [string, string]): string[] {
  const lines = e.aspects.includes('boundary') && e.counterpart
    ? [`- ${escapeMd(vscode.l10n.t('boundary: “{0}” ({1})', e.counterpart.target.exact.replace(/\s+/g, ' ').slice(0, 80), e.counterpart.annotator))}`]
    : [];
  return [...lines, ...e.differences.map((d: FieldDifference) => {
    const shown = shownValues(d, { actor: shownActorLabel });
    return `- ${escapeMd(vscode.l10n.t('{0}: {1} ({2}) ≠ {3} ({4})', d.field, shown.a ?? '—', pair[0], shown.b ?? '—', pair[1]))}`;
  })];
}

function resolveLinks(id: string, pair: readonly [string, string], current: Resolution | undefined): string {
  const link = (r: Resolution, label: string) => {
    const args = encodeURIComponent(JSON.stringify([id, r]));
    return `[${current === r ? '$(pass-filled) ' : ''}${escapeMd(label)}](command:sorot.agreement.resolve?${args})`;
  };
  return [link('A', vscode.l10n.t('Keep {0}', pair[0])), link('B', vscode.l10n.t('Keep {0}', pair[1])), link('both', vscode.l10n.t('Both')), link('neither', vscode.l10n.t('Neither'))].join(' · ');
}
