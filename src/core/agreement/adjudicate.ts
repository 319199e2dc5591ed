/**
 * Adjudication between two annotators: agreed spans are kept once (annotator A's copy);
 * each disagreement is resolved by its id as keep A, keep B, both or neither. A
 * disagreement without a resolution keeps both sides marked needsReview and is listed
 * in `pending`, so nothing is lost by an unfinished adjudication.
 */
import type { Annotation } from '../annotations/types';
import { matchSpans, type MatchMode } from './match';
import { disagreementId } from './report';
import type { AgreementInput } from './types';

export type Resolution = 'A' | 'B' | 'both' | 'neither';

export interface AdjudicationOptions {
  annotatorA: string;
  annotatorB: string;
  mode?: MatchMode;
  /** Disagreement id (from the report) -> resolution. */
  resolutions: ReadonlyMap<string, Resolution> | Readonly<Record<string, Resolution>>;
  /** When set, every kept annotation is re-attributed to the adjudicator. */
  adjudicator?: string;
}

export interface AdjudicationResult {
  articles: Array<{ path: string; annotations: Annotation[] }>;
  /** Disagreement ids that had no resolution. */
  pending: string[];
  /** Resolutions that name no disagreement of this comparison (stale or mistyped). */
  unknown: string[];
}

export function adjudicate(input: AgreementInput, options: AdjudicationOptions): AdjudicationResult {
  const resolutions = options.resolutions instanceof Map ? options.resolutions : new Map(Object.entries(options.resolutions));
  const used = new Set<string>();
  const pending: string[] = [];
  const articles: AdjudicationResult['articles'] = [];
  const keep = (list: Annotation[], x: Annotation, review = false) => {
    const copy = { ...x, tags: [...x.tags] } as Annotation;
    if (options.adjudicator) copy.annotator = options.adjudicator;
    if (review) copy.needsReview = true;
    list.push(copy);
  };
  for (const article of [...input.articles].sort((p, q) => (p.path < q.path ? -1 : 1))) {
    const as = article.annotations.filter((x) => x.annotator === options.annotatorA);
    const bs = article.annotations.filter((x) => x.annotator === options.annotatorB);
    const m = matchSpans(as, bs, options.mode ?? 'exact');
    const out: Annotation[] = [];
    const resolve = (x: Annotation | undefined, y: Annotation | undefined) => {
      const id = disagreementId(article.path, x, y);
      const r = resolutions.get(id);
      if (r) used.add(id);
      else pending.push(id);
      if (x && (r === 'A' || r === 'both' || !r)) keep(out, x, !r);
      if (y && (r === 'B' || r === 'both' || !r)) keep(out, y, !r);
    };
    for (const { a: x, b: y } of m.pairs) {
      if (sameAnnotation(x, y)) keep(out, x);
      else resolve(x, y);
    }
    for (const x of m.onlyA) resolve(x, undefined);
    for (const y of m.onlyB) resolve(undefined, y);
    out.sort((p, q) => p.target.start - q.target.start || p.target.end - q.target.end || (p.id < q.id ? -1 : 1));
    articles.push({ path: article.path, annotations: out });
  }
  const unknown = [...resolutions.keys()].filter((id) => !used.has(id));
  return { articles, pending, unknown };
}

/** Same span, kind and fields: what the report does not list as a disagreement. */
function sameAnnotation(x: Annotation, y: Annotation): boolean {
  if (x.kind !== y.kind || x.target.start !== y.target.start || x.target.end !== y.target.end) return false;
  const fx = (x as unknown as Record<string, Record<string, unknown>>)[x.kind];
  const fy = (y as unknown as Record<string, Record<string, unknown>>)[y.kind];
  const keys = new Set([...Object.keys(fx), ...Object.keys(fy)]);
  for (const k of keys) if (fx[k] !== fy[k]) return false;
  return true;
}
