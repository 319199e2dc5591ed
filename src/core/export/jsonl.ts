/**
 * JSONL: one JSON object per line, UTF-8, LF line ends. Offsets `start`/`end` are UTF-16
 * code units (the sidecar's unit); `codePointStart`/`codePointEnd` count code points.
 * Lines are canonical (fixed key order), so JSONL -> import -> JSONL is byte-identical.
 */
import { ChunkedExportFile, ChunkedLines } from './chunked-file';
import { articleRecords } from './records';
import { runSteps, type Steps } from '../incremental/time-slices';
import { recognizedIn, type ExportInput, type ExportResult } from './types';

export const JSONL_FILE = 'annotations.jsonl';

export function exportJsonl(input: ExportInput): ExportResult {
  return runSteps(jsonlSteps(input));
}

/** exportJsonl a step an article (index.ts: in slices on the extension host). */
export function* jsonlSteps(input: ExportInput): Steps<ExportResult> {
  const lines = new ChunkedLines('\n');
  let annotations = 0;
  for (const article of input.articles) {
    for (const r of articleRecords(article)) lines.push(jsonLine(r));
    annotations += article.annotations.length;
    yield;
  }
  return { files: [new ChunkedExportFile(JSONL_FILE, lines.finish('\n'), annotations, recognizedIn(input.articles))], warnings: [] };
}

/** JSON.stringify leaves NEL, U+2028 and U+2029 raw; readers that split on every Unicode
 *  line break (Python's str.splitlines) would cut the record, so they are escaped. */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
