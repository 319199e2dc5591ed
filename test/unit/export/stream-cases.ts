// Every format with the options that change what it writes, and two filters, for the
// streaming export's byte-identity test (stream.test.ts). stream-golden.json holds what
// the exporter that held the whole corpus wrote for these cases (commit c3293d4), by
// SHA-256 of each file: the streaming export must write the same bytes.
import type { ExportFilter, ExportFormat, ExportOptions } from '../../../src/core/export/types';

export interface StreamCase {
  name: string;
  format: ExportFormat;
  filter: ExportFilter;
  options: ExportOptions;
}

const ALL: ExportFilter = {};
const SOME: ExportFilter = { kinds: ['claim', 'source'], annotators: ['ani', 'Rina', 'rina'], includeQuotes: false };

export const STREAM_CASES: StreamCase[] = [
  { name: 'jsonl', format: 'jsonl', filter: ALL, options: {} },
  { name: 'jsonl filtered', format: 'jsonl', filter: SOME, options: {} },
  { name: 'csv bom', format: 'csv', filter: ALL, options: { bom: true } },
  { name: 'csv raw cells filtered', format: 'csv', filter: SOME, options: { rawCells: true } },
  { name: 'w3c', format: 'w3c', filter: ALL, options: {} },
  { name: 'w3c base uri filtered', format: 'w3c', filter: SOME, options: { baseUri: 'https://example.org/berita/' } },
  { name: 'brat', format: 'brat', filter: ALL, options: {} },
  { name: 'brat lf filtered', format: 'brat', filter: SOME, options: { bratNewlines: 'lf' } },
  { name: 'brat native', format: 'brat', filter: ALL, options: { bratNative: true } },
  { name: 'brat native filtered', format: 'brat', filter: SOME, options: { bratNative: true } },
  { name: 'conll', format: 'conll', filter: ALL, options: {} },
  { name: 'doccano', format: 'doccano', filter: ALL, options: {} },
  { name: 'doccano filtered', format: 'doccano', filter: SOME, options: {} },
  { name: 'labelstudio', format: 'labelstudio', filter: ALL, options: {} },
  { name: 'labelstudio filtered', format: 'labelstudio', filter: SOME, options: {} },
  { name: 'webanno-tsv', format: 'webanno-tsv', filter: ALL, options: {} },
  { name: 'webanno-tsv filtered', format: 'webanno-tsv', filter: SOME, options: {} },
];

export interface GoldenFile {
  path: string;
  sha256: string;
  annotations: number;
  recognized?: { actors: number; quotes: number; reported: number };
}

export interface Golden {
  files: GoldenFile[];
  warnings: string[];
}
