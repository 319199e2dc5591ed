// A stats table as CSV: what `sorot stats --format csv` prints and what the analysis
// view saves as a chart's table, so both give the same file for the same filter.
import { csvCell } from '../export/csv';
import { ITEMS_PER_STEP, type Steps } from '../incremental/time-slices';
import type { Cell, StatsTable } from './stats-table';

/** Header row, then one line per row, each ending in CR LF. `neutralise` (default): a
 *  text cell starting with = + - @, a tab or a CR gets a leading ' so spreadsheets do
 *  not run it as a formula. */
export function statsCsvLines(table: Pick<StatsTable, 'columns' | 'rows'>, neutralise = true): Iterable<string> {
  const cell = (c: Cell) => (typeof c === 'number' ? String(c) : csvCell(c, neutralise));
  return (function* () {
    yield table.columns.join(',') + '\r\n';
    for (const row of table.rows) yield row.cells.map(cell).join(',') + '\r\n';
  })();
}

export function statsCsv(table: Pick<StatsTable, 'columns' | 'rows'>, neutralise = true): string {
  return [...statsCsvLines(table, neutralise)].join('');
}

/** The CSV in UTF-8, as steps (ITEMS_PER_STEP lines encoded at a time): the analysis view
 *  writes a chart's table of a 100,000-article corpus, tens of megabytes, in slices. */
export function* statsCsvBytesSteps(table: Pick<StatsTable, 'columns' | 'rows'>, neutralise = true): Steps<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let lines: string[] = [];
  const flush = () => {
    const chunk = encoder.encode(lines.join(''));
    chunks.push(chunk);
    size += chunk.length;
    lines = [];
  };
  for (const line of statsCsvLines(table, neutralise)) {
    if (lines.push(line) < ITEMS_PER_STEP) continue;
    flush();
    yield;
  }
  flush();
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
    yield;
  }
  return bytes;
}
