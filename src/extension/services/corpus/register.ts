// The shared analysis services every editor feature builds on: the workspace KB, the
// analysis engine bound to it, live analyses of open articles, and the corpus index.
// Nothing here does corpus-sized work during activation: indexing starts on a timer.
import * as vscode from 'vscode';
import { WorkspaceKb } from './workspace-kb';
import type { WorkspaceCorpusScope } from '../corpus-scope';
import { CorpusService } from './corpus-service';
import { DocumentAnalyses } from './document-analyses';
import type { ArticleCorrections } from './article-corrections';
import { SorotAnalysisEngine } from './engine';
import { type ArticleFiles, preferLocal } from './article-files';
import { PersistentIndex } from './persistent-index';
import type { RecognitionAway } from './recognition-task';
import type { FolderWatch } from '../created-folders';

export interface CorpusServices {
  kb: WorkspaceKb;
  /** The corpus index's cache on disk (the extension's workspace storage). */
  persistent: PersistentIndex;
  engine: SorotAnalysisEngine;
  analyses: DocumentAnalyses;
  corpus: CorpusService;
  /** The desktop's worker threads for the recognizer (the index's and the export's). */
  away?: RecognitionAway;
}

/** `corrections`: whose corrections curate every analysis, the editor's and the index's
 *  alike; `folders`: the workspace's one watcher of created folders (created-folders.ts); `localFiles`: Node's reads of local files on the desktop (desktop.ts);
 *  `buildId`: the running code's hash, when the host can tell (desktop.ts);
 *  `recognitionAway`: the desktop's worker threads for the index's recognizer. */
export function registerCorpus(context: vscode.ExtensionContext, scope: WorkspaceCorpusScope, corrections: ArticleCorrections, folders: FolderWatch, localFiles: ArticleFiles | undefined, buildId: string, recognitionAway?: (log: (line: string) => void) => RecognitionAway): CorpusServices {
  const log = vscode.window.createOutputChannel('Sorot', { log: true });
  const kb = new WorkspaceKb();
  const engine = new SorotAnalysisEngine(kb);
  const analyses = new DocumentAnalyses(engine, corrections);
  const files = preferLocal(localFiles);
  // The version alone misses a rebuilt checkout (same version, other recognizer code).
  const version = [String((context.extension.packageJSON as { version?: unknown }).version ?? ''), buildId].join('+');
  // The extension's workspace storage, not the corpus folder: nothing to git-ignore and
  // nothing that syncs with the research data; two windows of one workspace share it.
  const cacheFolder = context.storageUri && vscode.Uri.joinPath(context.storageUri, 'corpus-index');
  const persistent = new PersistentIndex(files, cacheFolder, () => kb.kb, version, log);
  // The desktop's worker threads for the index's recognizer.
  const away = recognitionAway?.((line) => log.warn(line));
  const corpus = new CorpusService(engine, analyses, scope, corrections, files, persistent, folders, away);
  context.subscriptions.push(
    log,
    kb,
    engine,
    analyses,
    corpus,
    ...(away ? [away] : []),
    vscode.commands.registerCommand('sorot.corpus.rebuildIndex', () => corpus.rescan()),
    vscode.commands.registerCommand('sorot.corpus.cancelIndexing', () => corpus.cancel()),
  );
  // The workspace KB file first (it decides every analysis), then the corpus.
  void kb.reload().finally(() => corpus.start());
  return { kb, engine, analyses, corpus, persistent, ...(away ? { away } : {}) };
}
