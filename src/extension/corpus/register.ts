// The shared analysis services every editor feature builds on: the workspace KB, the
// analysis engine bound to it, live analyses of open articles, and the corpus index.
// Nothing here does corpus-sized work during activation: indexing starts on a timer.
import * as vscode from 'vscode';
import { WorkspaceKb } from './workspace-kb';
import type { WorkspaceCorpusScope } from '../language/corpus-scope';
import { CorpusService } from './corpus-service';
import { DocumentAnalyses } from './document-analyses';
import type { ArticleCorrections } from './article-corrections';
import { SorotAnalysisEngine } from './engine';

export interface CorpusServices {
  kb: WorkspaceKb;
  engine: SorotAnalysisEngine;
  analyses: DocumentAnalyses;
  corpus: CorpusService;
}

/** `corrections`: whose corrections curate every analysis, the editor's and the index's alike. */
export function registerCorpus(context: vscode.ExtensionContext, scope: WorkspaceCorpusScope, corrections: ArticleCorrections): CorpusServices {
  const kb = new WorkspaceKb();
  const engine = new SorotAnalysisEngine(kb);
  const analyses = new DocumentAnalyses(engine, corrections);
  const corpus = new CorpusService(engine, analyses, scope, corrections);
  context.subscriptions.push(
    kb,
    engine,
    analyses,
    corpus,
    vscode.commands.registerCommand('sorot.corpus.rebuildIndex', () => corpus.rescan()),
    vscode.commands.registerCommand('sorot.corpus.cancelIndexing', () => corpus.cancel()),
  );
  // The workspace KB file first (it decides every analysis), then the corpus.
  void kb.reload().finally(() => corpus.start());
  return { kb, engine, analyses, corpus };
}
