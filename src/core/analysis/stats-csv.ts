// A stats table as CSV: what `sorot stats --format csv` prints and what the analysis
// view saves as a chart's table, so both give the same file for the same filter.
import { csvCell } from '../export/csv';
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
