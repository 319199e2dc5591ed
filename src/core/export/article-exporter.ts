/**
 * Every format as an exporter that takes one article at a time (issue 19: an export of
 * 100,000 articles held every text, analysis and output chunk at once and ran the
 * extension host out of its 4 GB heap). An exporter turns an article into pieces of
 * files: the whole files of a per-article format (brat, W3C, WebAnno TSV), or the
 * article's part of a file that spans the corpus (JSONL, CSV, doccano, CoNLL, Label
 * Studio), whose last piece comes from finish(). What an exporter keeps across articles
 * is small: names handed out, folders seen, counts, warnings.
 * Articles come filtered and in path order (stream.ts); the same exporters serve the
 * in-memory exportAs (collected into files here) and the streaming export (written as
 * they come, export-writer.ts), so both write the same bytes.
 */
import { ChunkedExportFile } from './chunked-file';
import type { Steps } from '../incremental/time-slices';
import type { ExportArticle, ExportFile, ExportResult, RecognizedCounts } from './types';

export interface ExportPiece {
  /** The file's path, relative to the export folder (as ExportFile.path). */
  path: string;
  /** Text appended to the file. */
  text: string;
  /** Set on the file's last piece: what the whole file holds (ExportFile's counts). */
  end?: { annotations: number; recognized?: RecognizedCounts };
  /** The file in one piece (wholeFile): an article's file, not one that spans the corpus. */
  whole?: true;
  /** Files with one group are written together or not at all (brat's .txt and .ann: the
   *  .ann's offsets describe the .txt beside it, so a new .txt beside a kept .ann, or the
   *  reverse, would describe the wrong text). */
  group?: string;
}

export interface ArticleExporter {
  /** The pieces one article adds. */
  article(article: ExportArticle): ExportPiece[];
  /** The pieces that close the export (the end of a corpus-wide file, configurations). */
  finish(): ExportPiece[];
  /** What could not be represented exactly, in the order the old exporters said it. */
  warnings(): string[];
}

/** A file written in one piece. */
export function wholeFile(path: string, text: string, annotations: number, recognized?: RecognizedCounts): ExportPiece {
  return { path, text, end: recognized ? { annotations, recognized } : { annotations }, whole: true };
}

/** Whole files written together or not at all (ExportPiece.group). */
export function fileGroup(group: string, files: readonly ExportPiece[]): ExportPiece[] {
  return files.map((f) => ({ ...f, group }));
}

export function noRecognized(): RecognizedCounts {
  return { actors: 0, quotes: 0, reported: 0 };
}

/** Adds what the article holds of the recognized layer (recognizedIn, one article). */
export function countRecognized(total: RecognizedCounts, article: ExportArticle, kinds: ReadonlyArray<keyof RecognizedCounts> = ['actors', 'quotes', 'reported']): void {
  for (const k of kinds) total[k] += article[k]?.length ?? 0;
}

/** The exporter of one file that spans the corpus (JSONL, CSV, doccano, Label Studio):
 *  article number `n` (from 1) adds `text(article, n)`, `close(count)` ends the file
 *  after `count` articles; it counts the annotations and the recognized layer it holds. */
export function corpusFileExporter(path: string, text: (article: ExportArticle, n: number) => string, close: (count: number) => string = () => ''): ArticleExporter {
  let annotations = 0;
  let count = 0;
  const recognized = noRecognized();
  return {
    article(article) {
      annotations += article.annotations.length;
      countRecognized(recognized, article);
      return [{ path, text: text(article, ++count) }];
    },
    finish: () => [{ path, text: close(count), end: { annotations, recognized } }],
    warnings: () => [],
  };
}

/** The exporter over articles held in memory, collected into files (exportAs, tests):
 *  a step an article. A file that spans the corpus keeps its pieces as chunks. */
export function* collectSteps(exporter: ArticleExporter, articles: Iterable<ExportArticle>): Steps<ExportResult> {
  const open = new Map<string, string[]>();
  const files: ExportFile[] = [];
  const take = (pieces: readonly ExportPiece[]) => {
    for (const p of pieces) {
      if (p.whole && p.end) {
        files.push({ path: p.path, contents: p.text, ...p.end });
        continue;
      }
      const chunks = open.get(p.path) ?? [];
      if (p.text !== '') chunks.push(p.text);
      if (!p.end) open.set(p.path, chunks);
      else {
        open.delete(p.path);
        files.push(new ChunkedExportFile(p.path, chunks, p.end.annotations, p.end.recognized));
      }
    }
  };
  for (const article of articles) {
    take(exporter.article(article));
    yield;
  }
  take(exporter.finish());
  return { files, warnings: exporter.warnings() };
}
