/**
 * CSV: one row per annotation (and per recognized actor / quote), RFC 4180 quoting by
 * csv-stringify, CRLF row ends. Offsets as in JSONL: UTF-16 units plus code points.
 * Optional UTF-8 BOM for Excel. Text cells that a spreadsheet would run as a formula are
 * neutralised unless the caller asks for raw cells; numbers are never touched.
 */
import { stringify } from 'csv-stringify/sync';
import { isAnnotationKind } from '../annotations/types';
import { articleRecords } from './records';
import { collectSteps, corpusFileExporter, type ArticleExporter } from './article-exporter';
import { runSteps } from '../incremental/time-slices';
import type { ExportArticle, ExportInput, ExportOptions, ExportResult } from './types';

export const CSV_FILE = 'annotations.csv';

/** Column -> how to read it from a flat record. Field columns are empty for other kinds. */
const COLUMNS: ReadonlyArray<[string, (r: Record<string, unknown>) => unknown]> = [
  ['article', (r) => r.article],
  ['kind', (r) => r.kind],
  ['id', (r) => r.id],
  ['start', (r) => r.start],
  ['end', (r) => r.end],
  ['code_point_start', (r) => r.codePointStart],
  ['code_point_end', (r) => r.codePointEnd],
  ['exact', (r) => r.exact],
  ['prefix', (r) => r.prefix],
  ['suffix', (r) => r.suffix],
  ['annotator', (r) => r.annotator],
  ['status', (r) => r.status],
  ['created', (r) => r.created],
  ['modified', (r) => r.modified],
  ['needs_review', (r) => (r.needsReview ? 'true' : isAnnotationKind(r.kind) ? 'false' : '')],
  ['note', (r) => r.note],
  ['tags', (r) => (Array.isArray(r.tags) ? r.tags.join('; ') : '')],
  ['claimant', (r) => field(r, 'claim', 'claimant')],
  ['claimant_id', (r) => field(r, 'claim', 'claimantId')],
  ['paraphrase', (r) => field(r, 'claim', 'paraphrase')],
  ['check_worthiness', (r) => field(r, 'claim', 'checkWorthiness')],
  ['verdict', (r) => field(r, 'claim', 'verdict')],
  ['stance_holder', (r) => field(r, 'stance', 'holder')],
  ['stance_holder_id', (r) => field(r, 'stance', 'holderId')],
  ['stance_target', (r) => field(r, 'stance', 'target')],
  ['polarity', (r) => field(r, 'stance', 'polarity')],
  ['intensity', (r) => field(r, 'stance', 'intensity')],
  ['source_name', (r) => field(r, 'source', 'sourceName')],
  ['source_id', (r) => field(r, 'source', 'sourceId')],
  ['source_type', (r) => field(r, 'source', 'sourceType')],
  ['source_relation', (r) => field(r, 'source', 'relation')],
  ['actor_type', (r) => r.actorType],
  ['canonical', (r) => r.canonical],
  ['entity_id', (r) => r.entityId],
  ['speaker', (r) => r.speaker],
  ['speaker_start', (r) => r.speakerStart],
  ['speaker_end', (r) => r.speakerEnd],
  ['cue', (r) => r.cue],
  ['quote_form', (r) => r.form],
  // Reported statements: how the speaker was found (explicit, anaphoric, context, none).
  ['attribution', (r) => r.attribution],
  // Recognized rows after the researchers' corrections: machine, accepted, corrected, added, followed.
  ['provenance', (r) => r.provenance],
  ['decided_by', (r) => r.by],
];

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

export function exportCsv(input: ExportInput, options: ExportOptions = {}): ExportResult {
  return runSteps(collectSteps(csvExporter(options), input.articles));
}

/** One file for the corpus, the header first, each row ending in CR LF; each article
 *  adds its rows (article-exporter.ts). */
export function csvExporter(options: ExportOptions = {}): ArticleExporter {
  const neutralise = options.rawCells !== true;
  // The header opens the file: with the first article's rows, or alone when there is none.
  const header = stringify([CSV_COLUMNS as string[]], { bom: options.bom === true, eof: false }) + '\r\n';
  return corpusFileExporter(CSV_FILE, (article, n) => (n === 1 ? header : '') + csvRows(article, neutralise), (count) => (count === 0 ? header : ''));
}

function csvRows(article: ExportArticle, neutralise: boolean): string {
  const rows: string[] = [];
  for (const r of articleRecords(article)) {
    // One array joined per row: += on a string would leave ~70 cons-strings per row for
    // the garbage collector, which dominated the time on large corpora.
    const cells = new Array<string>(COLUMNS.length);
    for (let i = 0; i < COLUMNS.length; i++) {
      const v = COLUMNS[i][1](r);
      // Numbers (offsets, intensity) are data, not text a formula can hide in: a
      // spreadsheet reads "-5" as minus five, so it is never prefixed.
      cells[i] = typeof v === 'number' ? String(v) : csvCell(cell(v), neutralise);
    }
    rows.push(cells.join(','));
  }
  return rows.length ? rows.join('\r\n') + '\r\n' : '';
}

// Cells that need no quoting and no formula escape are written as they are: exactly what
// csv-stringify writes for them (a property test checks whole rows against it), without
// its per-cell overhead, which made a 300,000-row export take seconds. Every other cell
// is quoted and escaped by csv-stringify itself, with any CR or LF quoted (a lone LF in
// an article with LF line ends must be quoted even though rows end in CR LF).
const PLAIN = /^[^",\r\n]*$/;
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One text cell; `neutralise` puts ' before a leading = + - @ tab or CR (csv-stringify's
 *  escape_formulas, which follows OWASP and adds the full-width forms Numbers accepts). */
export function csvCell(value: string | null, neutralise: boolean): string {
  if (value === null) return '';
  if (PLAIN.test(value) && !(neutralise && FORMULA_START.test(value))) return value;
  return stringify([[value]], { eof: false, escape_formulas: neutralise });
}

function field(r: Record<string, unknown>, kind: string, key: string): unknown {
  const f = r[kind] as Record<string, unknown> | undefined;
  return f?.[key];
}

/** Empty cells as null: csv-stringify writes nothing for them without per-cell checks. */
function cell(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'string' ? v : String(v);
}
