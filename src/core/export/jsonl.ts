/**
 * JSONL: one JSON object per line, UTF-8, LF line ends. Offsets `start`/`end` are UTF-16
 * code units (the sidecar's unit); `codePointStart`/`codePointEnd` count code points.
 * Lines are canonical (fixed key order), so JSONL -> import -> JSONL is byte-identical.
 */
import { collectSteps, corpusFileExporter, type ArticleExporter } from './article-exporter';
import { articleRecords } from './records';
import { runSteps } from '../incremental/time-slices';
import type { ExportInput, ExportResult } from './types';

export const JSONL_FILE = 'annotations.jsonl';

export function exportJsonl(input: ExportInput): ExportResult {
  return runSteps(collectSteps(jsonlExporter(), input.articles));
}

/** One file for the corpus: each article adds its lines (article-exporter.ts). */
export function jsonlExporter(): ArticleExporter {
  return corpusFileExporter(JSONL_FILE, (article) => {
    const lines = articleRecords(article).map(jsonLine);
    return lines.length ? lines.join('\n') + '\n' : '';
  });
}

/** JSON.stringify leaves NEL, U+2028 and U+2029 raw; readers that split on every Unicode
 *  line break (Python's str.splitlines) would cut the record, so they are escaped. */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
