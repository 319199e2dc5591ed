// Reads the corpus for the analysis view: each article of the corpus scope with its
// annotation files, analysed with the workspace KB (the engine the editor uses), its
// recognized layer curated with the researchers' corrections, its outlet and date
// decided by core/metadata (annotation file > .sorot/articles.csv > the text), reduced
// to the record the tables count (core/analysis: no text is kept).
// The corpus index keeps per-article summaries (actor counts, quote spans) but not the
// mention spans, reported statements, annotations or metadata these tables need, so the
// view reads and analyses the articles itself, once when opened and again on Refresh,
// reading several files at a time and yielding between articles.
import * as vscode from 'vscode';
import { analysisArticle, type AnalysisArticle } from '../../core/analysis';
import { SidecarStore, gatherAnnotations } from '../../core/annotations';
import { withCurrentActor, type ActorDirectory } from '../../core/annotations/actor-identity';
import { curate } from '../../core/curation';
import { ARTICLES_TABLE, effectiveMetadata, normalisePath, parseArticlesTable, readTextMetadata, type ArticlesTable } from '../../core/metadata';
import type { AnalysisResult } from '../../core/recognize/types';
import { decodeText } from '../../core/text/decode';
import { VscodeFileSystem } from '../annotations/vscode-fs';
import * as count from '../counts';

const READS_AT_ONCE = 32;

export interface LoadedAnalysisCorpus {
  articles: AnalysisArticle[];
  /** Each article's URI under the path it is counted by. */
  uris: Map<string, vscode.Uri>;
  problems: string[];
  cancelled: boolean;
  /** Milliseconds spent reading files, and in all. */
  readMs: number;
  totalMs: number;
}

export interface AnalysisSources {
  analyze(text: string): AnalysisResult;
  /** Annotation holders under their current KB name (renames and merges). */
  actors?: ActorDirectory;
}

export async function loadAnalysisCorpus(
  uris: readonly vscode.Uri[],
  sources: AnalysisSources,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
  token?: vscode.CancellationToken,
): Promise<LoadedAnalysisCorpus> {
  const started = performance.now();
  const store = new SidecarStore(new VscodeFileSystem());
  const tables = new Map<string, Promise<ArticlesTable | undefined>>();
  const articles: AnalysisArticle[] = [];
  const paths = new Map<string, vscode.Uri>();
  const problems: string[] = [];
  let readMs = 0;
  const step = uris.length ? 100 / uris.length : 0;
  for (let from = 0; from < uris.length; from += READS_AT_ONCE) {
    if (token?.isCancellationRequested) return { articles, uris: paths, problems, cancelled: true, readMs, totalMs: performance.now() - started };
    progress?.report({ message: vscode.l10n.t('reading {0} of {1}', from + 1, count.articles(uris.length)) });
    const chunk = uris.slice(from, from + READS_AT_ONCE);
    const readStart = performance.now();
    const texts = await Promise.all(chunk.map((uri) => readText(uri)));
    readMs += performance.now() - readStart;
    for (const [i, uri] of chunk.entries()) {
      const path = vscode.workspace.asRelativePath(uri, false);
      const read = texts[i];
      if ('error' in read) {
        problems.push(`${path}: ${read.error}`);
        continue;
      }
      paths.set(path, uri);
      const gathered = await gatherAnnotations(store, uri.toString(), read.text);
      problems.push(...gathered.problems);
      const analysis = sources.analyze(read.text);
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const table = folder && (await tableOf(folder, tables));
      articles.push(
        analysisArticle({
          path,
          metadata: effectiveMetadata({
            overrides: gathered.articleFields.flatMap((f) => (f.metadata ? [{ ...f.metadata, file: f.file, ...(f.annotator ? { annotator: f.annotator } : {}) }] : [])),
            ...(table ? { table: { file: ARTICLES_TABLE, entry: table.entries.get(normalisePath(path)) } } : {}),
            text: readTextMetadata(read.text),
          }),
          curated: curate(analysis, gathered.corrections),
          annotations: sources.actors ? gathered.annotations.map((a) => withCurrentActor(sources.actors!, a)) : gathered.annotations,
          articleFields: gathered.articleFields,
        }),
      );
    }
    progress?.report({ increment: step * chunk.length });
    // Let the extension host handle other events between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { articles, uris: paths, problems, cancelled: false, readMs, totalMs: performance.now() - started };
}

async function readText(uri: vscode.Uri): Promise<{ text: string } | { error: string }> {
  try {
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { text: decoded.text } : { error: decoded.message };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** The folder's .sorot/articles.csv, parsed once per load; undefined when there is none. */
function tableOf(folder: vscode.WorkspaceFolder, tables: Map<string, Promise<ArticlesTable | undefined>>): Promise<ArticlesTable | undefined> {
  const key = folder.uri.toString();
  let table = tables.get(key);
  if (!table) {
    const uri = vscode.Uri.joinPath(folder.uri, ARTICLES_TABLE);
    table = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
      (bytes) => {
        const decoded = decodeText(bytes);
        return decoded.ok ? parseArticlesTable(ARTICLES_TABLE, decoded.text) : undefined;
      },
      () => undefined,
    );
    tables.set(key, table);
  }
  return table;
}
