// Headlines the researcher set by hand, kept in the workspace folder's
// .sorot/articles.json: { "headlines": { "berita/a.txt": "Judul" } }, keys relative to
// the workspace folder with "/". They live apart from the article (its text is never
// touched) and apart from its sidecar (a versioned annotation format that a headline has
// no business changing). Pure: parsing, editing and writing the file's text; the
// extension reads and writes it atomically and never over a file it cannot parse.
import { parseJsonWithLocation } from '../annotations/json-errors';

export const ARTICLES_FILE = '.sorot/articles.json';

export interface ArticlesFileJson {
  [key: string]: unknown;
  headlines: Record<string, string>;
}

export type ArticlesFileParse = { ok: true; file: ArticlesFileJson } | { ok: false; error: string };

/** `text` undefined: no file yet (an empty one). Unknown keys are kept for the next write. */
export function parseArticlesFile(text: string | undefined): ArticlesFileParse {
  if (text === undefined || text.trim() === '') return { ok: true, file: { headlines: {} } };
  const json = parseJsonWithLocation(text);
  if (!json.ok) return { ok: false, error: json.error.message };
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'the file must contain a JSON object' };
  const obj = value as Record<string, unknown>;
  const headlines = obj.headlines ?? {};
  if (typeof headlines !== 'object' || headlines === null || Array.isArray(headlines)) return { ok: false, error: '"headlines" must be an object' };
  for (const [path, headline] of Object.entries(headlines)) {
    if (typeof headline !== 'string') return { ok: false, error: `"headlines" › "${path}" must be a string` };
  }
  return { ok: true, file: { ...obj, headlines: headlines as Record<string, string> } };
}

/** The headlines in force: whitespace collapsed, blank ones ignored. */
export function headlinesOf(file: ArticlesFileJson): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, headline] of Object.entries(file.headlines)) {
    const h = normalizeHeadline(headline);
    if (h !== '') out.set(path, h);
  }
  return out;
}

/** Whitespace collapsed as the Articles view shows headlines; '' means "no override". */
export function normalizeHeadline(headline: string): string {
  return headline.replace(/\s+/g, ' ').trim();
}

/** A new file with `path`'s headline set (or removed when `headline` is undefined or blank). */
export function withHeadline(file: ArticlesFileJson, path: string, headline: string | undefined): ArticlesFileJson {
  const headlines = { ...file.headlines };
  const normalized = headline === undefined ? '' : normalizeHeadline(headline);
  if (normalized === '') delete headlines[path];
  else headlines[path] = normalized;
  return { ...file, headlines };
}

/** Stable text: two-space JSON, headlines sorted by path, a trailing newline. */
export function serializeArticlesFile(file: ArticlesFileJson): string {
  const headlines = Object.fromEntries(Object.entries(file.headlines).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ ...file, headlines }, null, 2) + '\n';
}
