import type { Correction } from '../annotations/corrections';
import type { Annotation } from '../annotations/types';
import type { ImportMap } from './import-map';

/** Annotations read back from an export, grouped by the article path they name. */
export interface ImportResult {
  articles: Map<string, Annotation[]>;
  /** Problems that lost nothing (e.g. recognized actors skipped, spans re-anchored). */
  warnings: string[];
  /** Records that could not be imported, each with where and why. */
  errors: string[];
  /** Corrections of the recognized layer made from foreign mention / quote labels. */
  corrections: Map<string, Correction[]>;
  /** Foreign labels the label map turned into something Sorot keeps. */
  mappedLabels: Set<string>;
  /** Spans or records left out on purpose, counted by reason ("no mapping for label X"). */
  skipped: Map<string, number>;
  /** Foreign labels the map does not name (to propose a map from). */
  unmapped: Set<string>;
}

export function skip(result: ImportResult, reason: string, n = 1): void {
  result.skipped.set(reason, (result.skipped.get(reason) ?? 0) + n);
}

export interface ImportContext {
  /** Article texts by path, to check or recompute targets; missing ones are not checked. */
  texts?: ReadonlyMap<string, string>;
  /** Annotator for records that name none (e.g. spans drawn in brat). */
  defaultAnnotator?: string;
  /** ISO timestamp for records that carry none. */
  now?: string;
  /** Id generator for records that carry none. */
  newId?: () => string;
  /** What other tools' labels become (.sorot/import-map.json); none: they are skipped. */
  labelMap?: ImportMap;
}

/** Said of a zero-width span: it would be an invisible annotation on no text. */
export const EMPTY_SPAN = 'the span selects no text (an empty span); not imported';

export function addTo(result: ImportResult, article: string, a: Annotation): void {
  const list = result.articles.get(article);
  if (list) list.push(a);
  else result.articles.set(article, [a]);
}

export function emptyResult(): ImportResult {
  return { articles: new Map(), warnings: [], errors: [], corrections: new Map(), mappedLabels: new Set(), skipped: new Map(), unmapped: new Set() };
}

const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
const ANNOTATOR = /^[A-Za-z0-9_-]{1,64}$/;

/** A sidecar id must be a ULID; another tool's id is replaced by a fresh one. */
export function sidecarId(id: unknown, context: ImportContext): unknown {
  if (typeof id === 'string' && ULID.test(id)) return id;
  return context.newId ? context.newId() : id;
}

/** Sidecar annotator names are [A-Za-z0-9_-]; other characters become '_'. */
export function sidecarAnnotator(name: unknown, context: ImportContext): unknown {
  if (typeof name !== 'string' || name === '') return context.defaultAnnotator;
  if (ANNOTATOR.test(name)) return name;
  return name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
}

/** Sidecar timestamps are UTC with a Z; other valid date-times are converted. */
export function sidecarTimestamp(value: unknown, context: ImportContext): unknown {
  if (typeof value !== 'string') return context.now;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/.test(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

/** Adds everything `from` holds to `into` (several input files, one report). */
export function mergeResults(into: ImportResult, from: ImportResult): void {
  for (const [article, list] of from.articles) into.articles.set(article, [...(into.articles.get(article) ?? []), ...list]);
  for (const [article, list] of from.corrections) into.corrections.set(article, [...(into.corrections.get(article) ?? []), ...list]);
  for (const l of from.mappedLabels) into.mappedLabels.add(l);
  for (const l of from.unmapped) into.unmapped.add(l);
  for (const [why, n] of from.skipped) skip(into, why, n);
  into.warnings.push(...from.warnings);
  into.errors.push(...from.errors);
}

/** Which foreign format a .jsonl / .json file holds, by its content: doccano records
 *  carry "text" and labels but no "article"; Label Studio tasks carry "data". */
export function sniffForeignFormat(contents: string): 'doccano' | 'labelstudio' | undefined {
  const body = contents.replace(/^\uFEFF/, '').trimStart();
  const first = body.split('\n', 1)[0];
  try {
    const line = JSON.parse(first) as Record<string, unknown>;
    if (line && typeof line === 'object' && !Array.isArray(line) && typeof line.text === 'string' && line.article === undefined && (Array.isArray(line.label) || Array.isArray(line.entities))) return 'doccano';
  } catch {
    /* not one JSON object per line */
  }
  if (/^\[\s*\{\s*"(id|data|annotations|predictions)"/.test(body) && /"data"\s*:\s*\{/.test(body.slice(0, 100_000))) return 'labelstudio';
  return undefined;
}
