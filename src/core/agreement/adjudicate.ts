/**
 * Adjudication between two annotators: agreed spans are kept once (annotator A's copy);
 * each disagreement is resolved by its id as keep A, keep B, both or neither. A
 * disagreement without a resolution keeps both sides marked needsReview and is listed
 * in `pending`, so nothing is lost by an unfinished adjudication. It reads the same
 * annotations as the report (inputs.ts): suggestions not accepted are not carried over,
 * and only the articles both annotators annotated are adjudicated.
 */
import type { ActorDirectory } from '../annotations/actor-identity';
import type { Annotation } from '../annotations/types';
import { compareAnnotations } from './differences';
import { comparedArticles } from './inputs';
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
  /** The KB in force, as for the report, so the same disagreements are found. */
  actors?: ActorDirectory;
}

export interface AdjudicationResult {
  /** The articles both annotators annotated, in path order. */
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
  for (const article of comparedArticles(input).articles) {
    if (!article.annotators.includes(options.annotatorA) || !article.annotators.includes(options.annotatorB)) continue;
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
      if (compareAnnotations(x, y, options.actors).aspects.length === 0) keep(out, x);
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
