// The analysis engine bound to the workspace knowledge base: a KB change (the user
// edited .sorot/actors.json, or a Sorot command did) bumps the generation, which
// invalidates every cached analysis in the editors and the corpus index.
import * as vscode from 'vscode';
import { WindowedAnalyzer } from '../../../core/incremental/windowed-analyzer';
import { analyze } from '../../../core/recognize/analyze';
import { createIncrementalAnalyzer } from '../../../core/recognize/incremental';
import type { AnalysisResult } from '../../../core/recognize/types';
import type { Kb } from '../../../core/kb/types';
import type { WorkspaceKb } from './workspace-kb';
import type { AnalysisEngine, DocumentModel } from './analysis-engine';

/** Above this many UTF-16 units a document gets the windowed model: the exact
 *  incremental analyzer's whole-document link pass would cost more than a frame. */
export const LARGE_DOCUMENT = 150_000;

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

  get knowledgeBase(): Kb {
    return this.kb.kb;
  }

  analyze(text: string): AnalysisResult {
    return analyze(text, { kb: this.kb.index });
  }

  createModel(length: number): DocumentModel {
    return length > LARGE_DOCUMENT ? windowedModel(new WindowedAnalyzer({ kb: this.kb.index })) : exactModel(this.kb);
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

/** Small documents: the recognizer's exact incremental analyzer (same result as analyze()). */
function exactModel(kb: WorkspaceKb): DocumentModel {
  const inner = createIncrementalAnalyzer({ kb: kb.index });
  let current: AnalysisResult = { actors: [], quotes: [] };
  let lastText: string | undefined;
  return {
    windowed: false,
    update(text) {
      if (text !== lastText) {
        current = inner.analyze(text);
        lastText = text;
      }
      return false;
    },
    result: () => current,
    query: (from, to) => ({
      actors: current.actors.filter((m) => m.end > from && m.start < to),
      quotes: current.quotes.filter((q) => q.end > from && q.start < to),
      reported: (current.reported ?? []).filter((r) => r.end > from && r.start < to),
    }),
  };
}

function windowedModel(w: WindowedAnalyzer): DocumentModel {
  return {
    windowed: true,
    update: (text, budgetMs, focus) => w.update(text, budgetMs, focus),
    result: () => w.result(),
    query: (from, to) => w.query(from, to),
    linesWith: () => w.linesWith(),
  };
}
