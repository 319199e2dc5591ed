// Applies the decoration layers to visible article editors whenever their analysis
// changes. Decorations are never cleared before being replaced (no flicker), and a
// layer whose spans did not change is not re-sent. In a very large article the text
// decorations cover a window around the viewport (re-applied while scrolling), so a
// keystroke costs the same in a 1 MB article as in a 3 KB one; the overview-ruler marks
// still cover the whole document, refreshed on a slower timer.
import * as vscode from 'vscode';
import type { DocumentAnalyses, DocumentAnalysis } from '../services/corpus/document-analyses';
import { isArticleDocument } from '../services/corpus/document-analyses';
import { LAYERS, type Layer, type LayerSpans, type Span, layerSpans, spansInWindow, subtractSpans } from '../../core/recognize/layers';
import { createRulerDecorationType, createTextDecorationType } from '../services/layers/palette';
import type { LayerVisibility } from '../services/layers/visibility';

/** Above this many UTF-16 units the text decorations are windowed around the viewport. */
const WINDOW_THRESHOLD = 150_000;
/** Characters decorated before and after the visible text in windowed mode. */
const WINDOW_MARGIN = 10_000;
const RULER_DELAY_LARGE_MS = 400;

export interface LayerToggles {
  person: boolean;
  organisation: boolean;
  place: boolean;
  quote: boolean;
  speaker: boolean;
  reported: boolean;
  overviewRuler: boolean;
}

export interface AppliedDecorations {
  uri: string;
  version: number;
  /** What each text layer found, as offsets (only the window in windowed mode). */
  spans: Record<Layer, Span[]>;
  /** What each layer draws: the actor underlines leave out annotated spans (palette.ts). */
  drawn: Record<Layer, Span[]>;
  window: Span;
  /** Time spent in the analysis that produced these spans, and in applying them. */
  analysisMs: number;
  decorateMs: number;
}

interface EditorState {
  spans: Partial<Record<Layer, Span[]>>;
  /** Document version the spans were applied at. */
  version: number;
  window: Span;
  analysis?: DocumentAnalysis;
  rulerTimer?: ReturnType<typeof setTimeout>;
}

export function readToggles(visibility: LayerVisibility): LayerToggles {
  return {
    person: visibility.isShown('person'),
    organisation: visibility.isShown('organisation'),
    place: visibility.isShown('place'),
    quote: visibility.isShown('quote'),
    speaker: visibility.isShown('speaker'),
    reported: visibility.isShown('reported'),
    overviewRuler: visibility.isShown('overviewRuler'),
  };
}

/** Actor layers: their underline gives way inside annotated spans (palette.ts). */
const LINE_LAYERS: ReadonlySet<Layer> = new Set<Layer>(['person', 'organisation', 'place']);

export class DecorationController implements vscode.Disposable {
  private readonly textTypes = new Map<Layer, vscode.TextEditorDecorationType>();
  private readonly rulerTypes = new Map<Layer, vscode.TextEditorDecorationType>();
  private readonly states = new WeakMap<vscode.TextEditor, EditorState>();
  private readonly spansCache = new WeakMap<DocumentAnalysis, LayerSpans>();
  private readonly applied = new Map<string, AppliedDecorations>();
  private readonly emitter = new vscode.EventEmitter<AppliedDecorations>();
  private readonly disposables: vscode.Disposable[] = [];
  private toggles: LayerToggles;
  /** Annotated spans per document URI, where the annotation owns the line under the text. */
  private readonly covered = new Map<string, Span[]>();
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidApply = this.emitter.event;

  constructor(
    private readonly analyses: DocumentAnalyses,
    readonly visibility: LayerVisibility,
  ) {
    this.toggles = readToggles(visibility);
    for (const l of LAYERS) {
      this.textTypes.set(l, createTextDecorationType(l));
      this.rulerTypes.set(l, createRulerDecorationType(l));
    }
    this.disposables.push(
      this.emitter,
      analyses.onDidUpdate(({ document, analysis }) => {
        for (const ed of vscode.window.visibleTextEditors) if (ed.document === document) this.apply(ed, analysis);
      }),
      vscode.window.onDidChangeVisibleTextEditors((eds) => this.refreshAll(eds)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
      visibility.onDidChange(() => {
        this.toggles = readToggles(visibility);
        this.refreshAll(vscode.window.visibleTextEditors, true);
      }),
    );
    this.refreshAll(vscode.window.visibleTextEditors);
  }

  get layerToggles(): LayerToggles {
    return { ...this.toggles };
  }

  /** The annotation layer tells which spans it marks (annotations/decorations.ts). */
  setCovered(uri: vscode.Uri, spans: readonly Span[]): void {
    const key = uri.toString();
    const before = this.covered.get(key) ?? [];
    const next = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    if (sameSpans(before, next)) return;
    if (next.length) this.covered.set(key, next);
    else this.covered.delete(key);
    this.refreshAll(vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key), true);
  }

  /** The decorations last applied to a document's editor (for tests and benchmarks). */
  appliedFor(uri: vscode.Uri): AppliedDecorations | undefined {
    return this.applied.get(uri.toString());
  }

  private refreshAll(editors: readonly vscode.TextEditor[], force = false): void {
    for (const ed of editors) {
      if (!isArticleDocument(ed.document)) continue;
      if (force) this.states.delete(ed);
      this.apply(ed, this.analyses.get(ed.document));
    }
  }

  private onScroll(editor: vscode.TextEditor): void {
    const state = this.states.get(editor);
    if (!state?.analysis) return;
    if (editor.document.version !== state.analysis.version) return; // the pending update will re-window
    const visible = this.visibleSpan(editor);
    if (visible.start >= state.window.start && visible.end <= state.window.end) return;
    // Coalesce a burst of scroll events into one re-window per frame.
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      this.scrollTimer = undefined;
      if (state.analysis) this.apply(editor, state.analysis);
    }, 16);
  }

  private visibleSpan(editor: vscode.TextEditor): Span {
    const doc = editor.document;
    const ranges = editor.visibleRanges;
    if (ranges.length === 0) return { start: 0, end: 0 };
    return {
      start: doc.offsetAt((ranges[0] as vscode.Range).start),
      end: doc.offsetAt((ranges[ranges.length - 1] as vscode.Range).end),
    };
  }

  private apply(editor: vscode.TextEditor, analysis: DocumentAnalysis): void {
    const doc = editor.document;
    // Spans of an older version would sit on the wrong characters: wait for the next one.
    if (analysis.version !== doc.version) return;
    const t0 = performance.now();
    let state = this.states.get(editor);
    if (!state) {
      state = { spans: {}, version: -1, window: { start: 0, end: 0 } };
      this.states.set(editor, state);
    }
    const length = docLength(doc);
    const large = length > WINDOW_THRESHOLD || analysis.model.windowed;
    const window = large ? this.windowAround(editor, length) : { start: 0, end: length };
    // A large document is only ever asked for the window: materialising all of its
    // findings on every keystroke is the cost this design avoids.
    let all = large ? undefined : this.spansCache.get(analysis);
    if (!all) {
      all = layerSpans(large ? analysis.query(window.start, window.end) : analysis.result);
      if (!large) this.spansCache.set(analysis, all);
    }
    const applied: Record<Layer, Span[]> = { person: [], organisation: [], place: [], quote: [], speaker: [], reported: [] };
    const drawn: Record<Layer, Span[]> = { person: [], organisation: [], place: [], quote: [], speaker: [], reported: [] };
    const covered = this.covered.get(doc.uri.toString()) ?? [];
    for (const layer of LAYERS) {
      const found = !this.toggles[layer] ? [] : large ? spansInWindow(all[layer], window.start, window.end) : all[layer];
      const spans = LINE_LAYERS.has(layer) ? subtractSpans(found, covered) : found;
      applied[layer] = found;
      drawn[layer] = spans;
      // Skipping an unchanged layer is only safe when no edit happened in between: an
      // edit may have collapsed or moved the editor's copy of the same offsets.
      if (state.version === doc.version && sameSpans(state.spans[layer], spans)) continue;
      editor.setDecorations(this.textTypes.get(layer) as vscode.TextEditorDecorationType, spans.map((s) => toRange(doc, s)));
      state.spans[layer] = spans;
    }
    state.window = window;
    state.version = doc.version;
    state.analysis = analysis;
    this.scheduleRuler(editor, state, large ? undefined : all);
    const record: AppliedDecorations = {
      uri: doc.uri.toString(),
      version: doc.version,
      spans: applied,
      drawn,
      window,
      analysisMs: analysis.analysisMs,
      decorateMs: performance.now() - t0,
    };
    this.applied.set(record.uri, record);
    this.emitter.fire(record);
  }

  private windowAround(editor: vscode.TextEditor, length: number): Span {
    const v = this.visibleSpan(editor);
    return { start: Math.max(0, v.start - WINDOW_MARGIN), end: Math.min(length, v.end + WINDOW_MARGIN) };
  }

  /** Small documents: ruler marks from the spans at once. Large ones: from the model's
   *  per-line summary, once typing pauses (the editor moves existing marks meanwhile). */
  private scheduleRuler(editor: vscode.TextEditor, state: EditorState, all: LayerSpans | undefined): void {
    if (state.rulerTimer) clearTimeout(state.rulerTimer);
    const run = (): void => {
      state.rulerTimer = undefined;
      const analysis = state.analysis;
      if (editor.document.isClosed || !analysis || analysis.version !== editor.document.version) return;
      const lines = all ? undefined : analysis.model.linesWith?.();
      for (const layer of LAYERS) {
        const on = this.toggles.overviewRuler && this.toggles[layer];
        const type = this.rulerTypes.get(layer) as vscode.TextEditorDecorationType;
        let ranges: vscode.Range[] = [];
        if (on && all) ranges = rulerRanges(editor.document, all[layer]);
        else if (on && lines) ranges = rulerBuckets((lines as Partial<Record<Layer, number[]>>)[layer] ?? [], editor.document.lineCount).map((line) => new vscode.Range(line, 0, line, 0));
        editor.setDecorations(type, ranges);
      }
    };
    if (all) run();
    else state.rulerTimer = setTimeout(run, RULER_DELAY_LARGE_MS);
  }

  dispose(): void {
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    for (const t of this.textTypes.values()) t.dispose();
    for (const t of this.rulerTypes.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function docLength(doc: vscode.TextDocument): number {
  const last = doc.lineAt(doc.lineCount - 1);
  return doc.offsetAt(last.range.end);
}

function toRange(doc: vscode.TextDocument, s: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
}

/** One mark per line and layer: the ruler cannot show more, and a 1 MB article has
 *  tens of thousands of mentions but only a few thousand lines. */
function rulerRanges(doc: vscode.TextDocument, spans: Span[]): vscode.Range[] {
  const out: vscode.Range[] = [];
  let lastLine = -1;
  for (const s of spans) {
    const line = doc.positionAt(s.start).line;
    if (line === lastLine) continue;
    lastLine = line;
    out.push(new vscode.Range(line, 0, line, 0));
  }
  return out;
}

/** The overview ruler is a few hundred pixels tall: one mark per bucket of lines is all
 *  it can show, and sending thousands of ranges per layer would cost the extension host
 *  (and the renderer) far more than a frame on a large article. */
const RULER_BUCKETS = 1000;
export function rulerBuckets(lines: readonly number[], lineCount: number): number[] {
  if (lines.length <= RULER_BUCKETS) return [...lines];
  const out: number[] = [];
  let lastBucket = -1;
  for (const line of lines) {
    const bucket = Math.floor((line * RULER_BUCKETS) / Math.max(1, lineCount));
    if (bucket === lastBucket) continue;
    lastBucket = bucket;
    out.push(line);
  }
  return out;
}

function sameSpans(a: Span[] | undefined, b: Span[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Span;
    const y = b[i] as Span;
    if (x.start !== y.start || x.end !== y.end) return false;
  }
  return true;
}
