import { sortAnnotations } from '../annotations/serialize';
import type { ExportArticle, ExportFilter, ExportInput } from './types';

/** Applies kind / annotator / status filters and sorts articles and annotations so every
 *  export is deterministic whatever order the sidecars were read in. */
export function applyFilter(input: ExportInput, filter: ExportFilter = {}): ExportInput {
  return { articles: input.articles.map(articleFilter(filter)).sort(byPath) };
}

/** The filter for one article at a time (the streaming export reads articles in path
 *  order, stream.ts, so only the sort of applyFilter is left out). */
export function articleFilter(filter: ExportFilter = {}): (a: ExportArticle) => ExportArticle {
  const kinds = filter.kinds && new Set<string>(filter.kinds);
  const annotators = filter.annotators && new Set(filter.annotators);
  const statuses = filter.statuses && new Set<string>(filter.statuses);
  return (a) => {
    const annotations = a.annotations.filter(
      (x) => (!kinds || kinds.has(x.kind)) && (!annotators || annotators.has(x.annotator)) && (!statuses || statuses.has(x.status)),
    );
    const out: ExportArticle = { path: a.path, text: a.text, annotations: sortAnnotations(annotations) };
    if (a.actors && filter.includeActors !== false) out.actors = [...a.actors].sort((p, q) => p.start - q.start || p.end - q.end);
    if (a.quotes && filter.includeQuotes !== false) out.quotes = [...a.quotes].sort((p, q) => p.start - q.start || p.end - q.end);
    if (a.reported && filter.includeReported !== false) out.reported = [...a.reported].sort((p, q) => p.start - q.start || p.end - q.end);
    return out;
  };
}

/** The order of every export: by path, compared as UTF-16 strings. */
export function byPath(p: { path: string }, q: { path: string }): number {
  return p.path < q.path ? -1 : p.path > q.path ? 1 : 0;
}
