// Live analyses of the open article documents. Edits are debounced, then re-analysed
// incrementally (only the changed paragraphs), so typing in a large article never
// blocks the extension host for long. Consumers (decorations, hovers, navigation,
// status bar, corpus index) subscribe to onDidUpdate or ask get() for a fresh result.
import * as vscode from 'vscode';
import type { Correction } from '../../../core/annotations/corrections';
import { curate, sliceCurator, type CuratedAnalysis } from '../../../core/curation';
import type { AnalysisResult } from '../../../core/recognize/types';
import { DisposableStore } from '../../disposables';
import { isArticleDocument } from '../corpus-scope';
import type { AnalysisEngine, DocumentModel } from './analysis-engine';
import { LARGE_DOCUMENT } from './engine';

const NO_CORRECTIONS: readonly Correction[] = [];

/** Longest synchronous stretch of analysis per event-loop turn (one frame is ~16 ms). */
const BUDGET_MS = 8;

export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  generation: number;
  /** The live model of the recognizer's findings (before corrections). */
  model: DocumentModel;
  /** Every finding after the researcher's corrections (the curated layer): what every
   *  view shows. Materialised on first use: prefer query() on large documents. */
  readonly result: CuratedAnalysis;
  /** The recognizer's own findings, before corrections. */
  readonly machine: AnalysisResult;
  /** The curated layer between two offsets, item for item as `result` has it there (large
   *  documents: only what is analysed). */
  query(from: number, to: number): CuratedAnalysis;
  /** True while parts of a large document still wait for analysis. */
  pending: boolean;
  /** Milliseconds the (incremental) analysis of this step took. */
  analysisMs: number;
}

export interface AnalysisUpdate {
  document: vscode.TextDocument;
  analysis: DocumentAnalysis;
}

interface Entry {
  model?: DocumentModel;
  generation: number;
  latest?: DocumentAnalysis;
  timer?: ReturnType<typeof setTimeout>;
  continuation?: ReturnType<typeof setImmediate>;
  /** The corrections the latest publication was curated with. */
  corrections?: readonly Correction[];
}

/**
 * The researcher's corrections of the recognized layer for an article, placed on the
 * document's text as it is now (the annotation service moves them with every edit).
 */
export interface CorrectionSource {
  corrections(uri: vscode.Uri): readonly Correction[] | undefined;
  /** Fires when an article's corrections may have changed. */
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

// The one test of an open article (services/corpus-scope.ts), re-exported for the
// features that import it from here.
export { isArticleDocument };

export class DocumentAnalyses implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<AnalysisUpdate>();
  private readonly disposables = new DisposableStore();
  readonly onDidUpdate = this.emitter.event;

  constructor(
    private readonly engine: AnalysisEngine,
    private readonly corrections: CorrectionSource = { corrections: () => undefined, onDidChange: () => new vscode.Disposable(() => undefined) },
  ) {
    this.disposables.push(
      this.emitter,
      // New corrections change the curated layer, not the analysis: republish it.
      corrections.onDidChange((uri) => this.republish(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && isArticleDocument(e.document)) this.schedule(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (isArticleDocument(doc)) this.schedule(doc, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      engine.onDidChangeGeneration(() => {
        for (const doc of vscode.workspace.textDocuments) if (isArticleDocument(doc)) this.schedule(doc, 0);
      }),
    );
    for (const doc of vscode.workspace.textDocuments) if (isArticleDocument(doc)) this.schedule(doc, 0);
  }

  /** The analysis of the document as it is now (computed synchronously if stale). */
  get(doc: vscode.TextDocument): DocumentAnalysis {
    const entry = this.entryFor(doc);
    const latest = entry.latest;
    if (latest && latest.version === doc.version && latest.generation === this.engine.generation && entry.model) return latest;
    return this.run(doc, entry);
  }

  /** The last published analysis, possibly for an older version (no work done). */
  peek(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.entries.get(uri.toString())?.latest;
  }

  private debounceMs(): number {
    const v = vscode.workspace.getConfiguration('sorot.decorations').get<number>('debounceMs', 150);
    return typeof v === 'number' && v >= 0 ? Math.min(v, 5000) : 150;
  }

  private schedule(doc: vscode.TextDocument, delay = this.debounceMs()): void {
    const entry = this.entryFor(doc);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (doc.isClosed || !isArticleDocument(doc)) return;
      this.run(doc, entry);
    }, delay);
  }

  private run(doc: vscode.TextDocument, entry: Entry): DocumentAnalysis {
    if (entry.continuation) {
      clearImmediate(entry.continuation);
      entry.continuation = undefined;
    }
    const t0 = performance.now();
    const text = doc.getText();
    const large = text.length > LARGE_DOCUMENT;
    // A KB change invalidates every cached paragraph; a document that grew past (or
    // shrank well below) the large-document size switches model.
    if (!entry.model || entry.generation !== this.engine.generation || entry.model.windowed !== large) {
      entry.model = this.engine.createModel(text.length);
      entry.generation = this.engine.generation;
    }
    const model = entry.model;
    const pending = model.update(text, BUDGET_MS, focusOffset(doc));
    const analysis = this.publish(doc, entry, model, text.length, pending, performance.now() - t0);
    if (pending) {
      // The rest of a large document, a budget at a time, between other events.
      entry.continuation = setImmediate(() => {
        entry.continuation = undefined;
        if (!doc.isClosed && doc.version === analysis.version && !entry.timer) this.run(doc, entry);
      });
    }
    return analysis;
  }

  /** The analysis as published: the model's findings with the corrections on top. */
  private publish(doc: vscode.TextDocument, entry: Entry, model: DocumentModel, length: number, pending: boolean, analysisMs: number): DocumentAnalysis {
    const corrections = this.corrections.corrections(doc.uri) ?? NO_CORRECTIONS;
    entry.corrections = corrections;
    let curated: CuratedAnalysis | undefined;
    let slices: ((from: number, to: number) => CuratedAnalysis) | undefined;
    const analysis: DocumentAnalysis = {
      uri: doc.uri,
      version: doc.version,
      generation: entry.generation,
      model,
      get machine() {
        return model.result();
      },
      get result() {
        return (curated ??= curate(model.result(), corrections));
      },
      // The slice as the whole layer has it: rules that look outside it (a full name marked
      // before, a corrected speaker mention or neighbour) read what they need (slice.ts),
      // from the model once per publication (the views ask again on every scroll).
      query: (from, to) => (slices ??= sliceCurator((a, b) => model.query(a, b), corrections, length))(from, to),
      pending,
      analysisMs,
    };
    entry.latest = analysis;
    this.emitter.fire({ document: doc, analysis });
    return analysis;
  }

  /** Corrections changed: the same analysis, a new curated layer (no re-analysis). */
  private republish(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    const latest = entry?.latest;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!entry || !latest || !doc || doc.isClosed || !isArticleDocument(doc)) return;
    // The annotation service fires for every change of the article's annotations; only
    // a different list of corrections changes the layer.
    if ((this.corrections.corrections(uri) ?? NO_CORRECTIONS) === entry.corrections) return;
    if (latest.version !== doc.version) return; // a run is due anyway, and reads them then
    this.publish(doc, entry, latest.model, doc.getText().length, latest.pending, 0);
  }

  private entryFor(doc: vscode.TextDocument): Entry {
    const key = doc.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { generation: this.engine.generation };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (entry?.timer) clearTimeout(entry.timer);
    if (entry?.continuation) clearImmediate(entry.continuation);
    this.entries.delete(key);
  }

  dispose(): void {
    for (const e of this.entries.values()) {
      if (e.timer) clearTimeout(e.timer);
      if (e.continuation) clearImmediate(e.continuation);
    }
    this.entries.clear();
    this.disposables.dispose();
  }
}

/** Where work should start in a large document: the top of the first editor showing it. */
function focusOffset(doc: vscode.TextDocument): number {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const range = editor?.visibleRanges[0];
  return range ? doc.offsetAt(range.start) : 0;
}
