// Live analyses of the open article documents. Edits are debounced, then re-analysed
// incrementally (only the changed paragraphs), so typing in a large article never
// blocks the extension host for long. Consumers (decorations, hovers, navigation,
// status bar, corpus index) subscribe to onDidUpdate or ask get() for a fresh result.
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../core/recognize/types';
import { ARTICLE_LANGUAGE } from '../language/corpus-scope';
import type { AnalysisEngine, IncrementalAnalyzer } from './analysis-engine';

export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  generation: number;
  result: AnalysisResult;
  /** Milliseconds the (incremental) analysis took. */
  analysisMs: number;
}

export interface AnalysisUpdate {
  document: vscode.TextDocument;
  analysis: DocumentAnalysis;
}

interface Entry {
  analyzer: IncrementalAnalyzer;
  generation: number;
  latest?: DocumentAnalysis;
  timer?: ReturnType<typeof setTimeout>;
}

export function isArticleDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === ARTICLE_LANGUAGE;
}

export class DocumentAnalyses implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<AnalysisUpdate>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidUpdate = this.emitter.event;

  constructor(private readonly engine: AnalysisEngine) {
    this.disposables.push(
      this.emitter,
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
    if (latest && latest.version === doc.version && latest.generation === this.engine.generation) return latest;
    return this.run(doc, entry);
  }

  /** The last published analysis, possibly for an older version (no work done). */
  peek(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.entries.get(uri.toString())?.latest;
  }

  /** Resolves once the document's current version has been analysed and published. */
  async whenCurrent(doc: vscode.TextDocument): Promise<DocumentAnalysis> {
    const current = this.peek(doc.uri);
    if (current && current.version === doc.version && current.generation === this.engine.generation) return current;
    return new Promise((resolve) => {
      const sub = this.onDidUpdate((u) => {
        if (u.document === doc && u.analysis.version === doc.version) {
          sub.dispose();
          resolve(u.analysis);
        }
      });
      this.schedule(doc, 0);
    });
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
    if (entry.generation !== this.engine.generation) {
      // A KB change invalidates every cached paragraph: start from a fresh analyzer.
      entry.analyzer = this.engine.createIncremental();
      entry.generation = this.engine.generation;
    }
    const t0 = performance.now();
    const result = entry.analyzer.update(doc.getText());
    const analysis: DocumentAnalysis = {
      uri: doc.uri,
      version: doc.version,
      generation: entry.generation,
      result,
      analysisMs: performance.now() - t0,
    };
    entry.latest = analysis;
    this.emitter.fire({ document: doc, analysis });
    return analysis;
  }

  private entryFor(doc: vscode.TextDocument): Entry {
    const key = doc.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { analyzer: this.engine.createIncremental(), generation: this.engine.generation };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (entry?.timer) clearTimeout(entry.timer);
    this.entries.delete(key);
  }

  dispose(): void {
    for (const e of this.entries.values()) if (e.timer) clearTimeout(e.timer);
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
  }
}
