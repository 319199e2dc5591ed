// The one place the extension turns text into actors and quotes. It owns the current
// knowledge base (built-in + the workspace's .sorot/actors.json) and a generation
// number that changes whenever the KB does, so every cache keyed by content also keys
// by generation and a KB edit takes effect everywhere at once.
import type * as vscode from 'vscode';
import type { Kb } from '../../../core/kb/types';
import type { AnalysisResult } from '../../../core/recognize/types';

/** A document's analysis kept current as it is edited. */
export interface DocumentModel {
  /** True for the large-document model (windowed links, budgeted work). */
  readonly windowed: boolean;
  /** Applies `text` and works for up to `budgetMs` near the offset `focus`;
   *  true while work remains (call again in a later event-loop turn). */
  update(text: string, budgetMs: number, focus: number): boolean;
  /** Every finding (materialised on demand; costly on a large document). */
  result(): AnalysisResult;
  /** Findings overlapping [from, to). */
  query(from: number, to: number): AnalysisResult;
  /** Windowed model only: editor lines holding each kind of finding. */
  linesWith?(): Record<'person' | 'organisation' | 'place' | 'quote' | 'speaker', number[]>;
}

export interface AnalysisEngine {
  /** Changes whenever the knowledge base changes; analyses of another generation are stale. */
  readonly generation: number;
  readonly onDidChangeGeneration: vscode.Event<number>;
  /** The KB of this generation, for analyses made elsewhere (a worker thread). */
  readonly knowledgeBase: Kb;
  analyze(text: string): AnalysisResult;
  /** A model suited to a document of `length` UTF-16 units. */
  createModel(length: number): DocumentModel;
}
