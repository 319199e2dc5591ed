/**
 * The export as a stream (issue 19): articles are read, analysed, filtered, turned into
 * pieces of files by the format's exporter (article-exporter.ts) and handed on to be
 * written, one article after the other, so memory is bounded by the articles in flight,
 * not by the corpus. The extension and the CLI read their corpus their own way (an
 * ExportSource) and write through export-writer.ts; this is the one pipeline between.
 * The in-memory exportAs (index.ts) runs the same exporters.
 */
import { emptyActorDirectory, withCurrentActor, type ActorDirectory } from '../annotations/actor-identity';
import type { TimeSlices } from '../incremental/time-slices';
import type { ArticleExporter, ExportPiece } from './article-exporter';
import { bratExporter, bratNativeExporter } from './brat';
import { conllExporter } from './conll';
import { csvExporter } from './csv';
import { doccanoExporter } from './doccano';
import { articleFilter } from './filter';
import { jsonlExporter } from './jsonl';
import { labelStudioExporter } from './label-studio';
import type { ExportArticle, ExportFilter, ExportFormat, ExportOptions } from './types';
import { w3cExporter } from './w3c';
import { webannoTsvExporter } from './webanno-tsv';

export interface ExportSource {
  /** The articles in path order (as UTF-16 strings, filter.ts byPath), each read once
   *  per call. 'annotators': a first pass that needs only the annotations (brat's native
   *  layout names a folder after every annotator before its first file), so the source
   *  may leave the recognizer out. */
  articles(pass: 'annotators' | 'export'): AsyncIterable<ExportArticle>;
}

/** Whether the format needs a first pass over the corpus (ExportSource 'annotators'). */
export function needsAnnotatorPass(format: ExportFormat, options: ExportOptions): boolean {
  return format === 'brat' && options.bratNative === true;
}

/** The format's exporter; `annotators` only for brat's native layout (bratAnnotators). */
export function articleExporter(format: ExportFormat, options: ExportOptions, annotators: readonly string[] = []): ArticleExporter {
  switch (format) {
    case 'jsonl':
      return jsonlExporter();
    case 'csv':
      return csvExporter(options);
    case 'w3c':
      return w3cExporter(options);
    case 'brat':
      return options.bratNative ? bratNativeExporter(annotators, options) : bratExporter(options);
    case 'conll':
      return conllExporter();
    case 'doccano':
      return doccanoExporter();
    case 'labelstudio':
      return labelStudioExporter();
    case 'webanno-tsv':
      return webannoTsvExporter();
  }
}

/** An article as every exporter takes it: filtered, annotations and spans in order,
 *  actors as the KB in force names them now (resolved at export time, never written back);
 *  without a KB, stored ids stay as they are and only the reserved actors (the outlet's
 *  own voice, an unnamed source: reserved-actors.ts) are given their id and fixed label. */
export function exportedArticle(filter: ExportFilter, actors: ActorDirectory | undefined): (a: ExportArticle) => ExportArticle {
  const keep = articleFilter(filter);
  const directory = actors ?? emptyActorDirectory();
  return (a) => {
    const out = keep(a);
    const annotations = out.annotations.map((x) => withCurrentActor(directory, x));
    return annotations.every((x, i) => x === out.annotations[i]) ? out : { ...out, annotations };
  };
}

export interface StreamOptions {
  /** Where each piece goes, in order (export-writer.ts). */
  write(piece: ExportPiece): Promise<void>;
  /** Yields to the event loop between articles when the slice is due (the extension host). */
  slices: TimeSlices;
  /** Stop before the next article (cancellation). */
  shouldStop?(): boolean;
}

export interface StreamOutcome {
  /** Articles exported. */
  articles: number;
  warnings: string[];
  /** True when shouldStop ended the export early: the files are incomplete. */
  stopped: boolean;
}

export async function streamExport(format: ExportFormat, source: ExportSource, filter: ExportFilter, options: ExportOptions, run: StreamOptions): Promise<StreamOutcome> {
  const prepare = exportedArticle(filter, options.actors);
  let annotators: string[] = [];
  if (needsAnnotatorPass(format, options)) {
    const seen = new Set<string>();
    for await (const read of inPathOrder(source.articles('annotators'))) {
      if (run.shouldStop?.()) return { articles: 0, warnings: [], stopped: true };
      for (const x of prepare(read).annotations) seen.add(x.annotator);
      await run.slices.check();
    }
    annotators = [...seen].sort();
  }
  const exporter = articleExporter(format, options, annotators);
  let articles = 0;
  for await (const read of inPathOrder(source.articles('export'))) {
    if (run.shouldStop?.()) return { articles, warnings: exporter.warnings(), stopped: true };
    for (const piece of exporter.article(prepare(read))) await run.write(piece);
    articles++;
    await run.slices.check();
  }
  for (const piece of exporter.finish()) await run.write(piece);
  return { articles, warnings: exporter.warnings(), stopped: false };
}

/** The source's articles, refused when out of order: names handed out (file-2), task
 *  ids and folder configurations follow the order, so another would change the files. */
async function* inPathOrder(articles: AsyncIterable<ExportArticle>): AsyncGenerator<ExportArticle> {
  let last: string | undefined;
  for await (const a of articles) {
    if (last !== undefined && a.path < last) throw new Error(`export source out of order: ${a.path} after ${last}`);
    last = a.path;
    yield a;
  }
}
