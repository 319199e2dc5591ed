/** One entry point for every export format. */
import { runSteps } from '../incremental/time-slices';
import { collectSteps } from './article-exporter';
import { bratAnnotators } from './brat';
import { byPath } from './filter';
import { articleExporter, exportedArticle, needsAnnotatorPass } from './stream';
import type { ExportFilter, ExportFormat, ExportInput, ExportOptions, ExportResult } from './types';

/** The export of articles held in memory, as files (tests, small inputs). The streaming
 *  export (stream.ts) runs the same exporters and writes the same bytes. */
export function exportAs(format: ExportFormat, input: ExportInput, filter: ExportFilter = {}, options: ExportOptions = {}): ExportResult {
  const articles = input.articles.map(exportedArticle(filter, options.actors)).sort(byPath);
  const annotators = needsAnnotatorPass(format, options) ? bratAnnotators(articles) : [];
  return runSteps(collectSteps(articleExporter(format, options, annotators), articles));
}

export type { ExportArticle, ExportFile, ExportFilter, ExportFormat, ExportInput, ExportOptions, ExportResult } from './types';
export { EXPORT_FORMATS } from './types';
export { streamExport, type ExportSource, type StreamOutcome } from './stream';
export { importJsonl } from './jsonl-import';
export { importW3c, type W3cImportContext } from './w3c-import';
export { importBrat } from './brat-import';
export type { ImportContext, ImportResult } from './import-types';
