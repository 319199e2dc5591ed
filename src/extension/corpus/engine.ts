// The analysis engine bound to the workspace knowledge base: a KB change (the user
// edited .sorot/actors.json, or a Sorot command did) bumps the generation, which
// invalidates every cached analysis in the editors and the corpus index.
import * as vscode from 'vscode';
import { analyze } from '../../core/recognize/analyze';
import { createIncrementalAnalyzer } from '../../core/recognize/incremental';
import type { AnalysisResult } from '../../core/recognize/types';
import type { WorkspaceKb } from '../actors/workspace-kb';
import type { AnalysisEngine, IncrementalAnalyzer } from './analysis-engine';

export class SorotAnalysisEngine implements AnalysisEngine, vscode.Disposable {
  private gen = 0;
  private readonly emitter = new vscode.EventEmitter<number>();
  private readonly sub: vscode.Disposable;
  readonly onDidChangeGeneration = this.emitter.event;

  constructor(private readonly kb: WorkspaceKb) {
    this.sub = kb.onDidChange(() => {
      this.gen++;
      this.emitter.fire(this.gen);
    });
  }

  get generation(): number {
    return this.gen;
  }

  analyze(text: string): AnalysisResult {
    return analyze(text, { kb: this.kb.index });
  }

  createIncremental(): IncrementalAnalyzer {
    const inner = createIncrementalAnalyzer({ kb: this.kb.index });
    return { update: (text) => inner.analyze(text) };
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}
