// The workspace table `.sorot/articles.csv`: outlet and date of many articles at once,
// for metadata a researcher already has (a spreadsheet from the crawl, a library export).
//
//   path,outlet,date
//   berita/banjir-bogor.txt,Sorotan.id,2024-02-27
//
// Header row required: `path` and at least one of `outlet`, `date`, in any order; other
// columns are refused (a misspelt "outlte" must not silently drop a column). `path` is
// relative to the workspace folder (the folder holding `.sorot/`), with "/"; `date` is
// YYYY-MM-DD or empty; an empty cell sets nothing. RFC 4180 quoting; CRLF or LF. Every
// problem names the file and the line; rows with a problem are left out, the others kept.
import { isCalendarDate } from './dates';
import type { MetadataValues } from './types';

export const ARTICLES_TABLE = '.sorot/articles.csv';
const COLUMNS = ['path', 'outlet', 'date'] as const;

export interface TableEntry extends MetadataValues {
  path: string;
  /** 1-based line where the row starts. */
  line: number;
}

export interface TableProblem {
  file: string;
  line: number;
  message: string;
}

export interface ArticlesTable {
  file: string;
  /** By normalised path. */
  entries: Map<string, TableEntry>;
  problems: TableProblem[];
}

/** `file` names the table in messages. */
export function parseArticlesTable(file: string, text: string): ArticlesTable {
  const table: ArticlesTable = { file, entries: new Map(), problems: [] };
  const problem = (line: number, message: string) => table.problems.push({ file, line, message });
  const records = parseCsv(text);
  if ('error' in records) {
    problem(records.line, records.error);
    return table;
  }
  const [header, ...rows] = records.rows;
  if (!header) return table; // an empty file sets nothing
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const unknown = names.filter((n) => !(COLUMNS as readonly string[]).includes(n));
  if (unknown.length) {
    problem(header.line, `unknown column ${unknown.map((u) => `"${u}"`).join(', ')}; the columns are path, outlet, date`);
    return table;
  }
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) {
    problem(header.line, `column "${twice}" appears twice`);
    return table;
  }
  if (!names.includes('path') || names.length < 2) {
    problem(header.line, 'the header must name a path column and an outlet or date column (path,outlet,date)');
    return table;
  }
  const col = (n: string) => names.indexOf(n);
  for (const row of rows) {
    if (row.cells.length === 1 && row.cells[0].trim() === '') continue; // a blank line
    if (row.cells.length !== names.length) {
      problem(row.line, `${row.cells.length} cells where the header has ${names.length}`);
      continue;
    }
    const path = normalisePath(row.cells[col('path')]);
    if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..')) {
      problem(row.line, `path "${row.cells[col('path')]}" must be relative to the workspace folder, without ".."`);
      continue;
    }
    const entry: TableEntry = { path, line: row.line };
    const outlet = col('outlet') >= 0 ? row.cells[col('outlet')].trim() : '';
    const date = col('date') >= 0 ? row.cells[col('date')].trim() : '';
    if (date !== '' && !isCalendarDate(date)) {
      problem(row.line, `date "${date}" is not a date written YYYY-MM-DD`);
      continue;
    }
    const earlier = table.entries.get(path);
    if (earlier) {
      problem(row.line, `${path} is already listed on line ${earlier.line}`);
      continue;
    }
    if (outlet !== '') entry.outlet = outlet;
    if (date !== '') entry.date = date;
    table.entries.set(path, entry);
  }
  return table;
}

/** "./berita\\a.txt" -> "berita/a.txt": the key articles are looked up by. */
export function normalisePath(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

export function describeTableProblem(p: TableProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

// ---- RFC 4180 ----------------------------------------------------------------------------

interface CsvRecord {
  cells: string[];
  line: number;
}

/** Records with the line each starts on; a quote left open is an error at its line. */
export function parseCsv(text: string): { rows: CsvRecord[] } | { error: string; line: number } {
  const rows: CsvRecord[] = [];
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const record: CsvRecord = { cells: [], line };
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= text.length) return { error: 'a quoted cell is not closed', line: opened };
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') return { error: 'text after a closing quote (write "" for a quote inside a quoted cell)', line };
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      }
      record.cells.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    rows.push(record);
  }
  return { rows };
}
