// The one place the extension turns text into actors and quotes. It owns the current
// knowledge base (built-in + the workspace's .sorot/actors.json) and a generation
// number that changes whenever the KB does, so every cache keyed by content also keys
// by generation and a KB edit takes effect everywhere at once.
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../core/recognize/types';

/** Re-analyses a changing text cheaply: only the paragraphs that changed. */
export interface IncrementalAnalyzer {
  update(text: string): AnalysisResult;
}

export interface AnalysisEngine {
  /** Changes whenever the knowledge base changes; analyses of another generation are stale. */
  readonly generation: number;
  readonly onDidChangeGeneration: vscode.Event<number>;
  analyze(text: string): AnalysisResult;
  createIncremental(): IncrementalAnalyzer;
}
