import { sortAnnotations } from '../annotations/serialize';
import type { ExportArticle, ExportFilter, ExportInput } from './types';
import { runSteps, type Steps } from '../incremental/time-slices';

/** Applies kind / annotator / status filters and sorts articles and annotations so every
 *  export is deterministic whatever order the sidecars were read in. */
export function applyFilter(input: ExportInput, filter: ExportFilter = {}): ExportInput {
  return runSteps(filterSteps(input, filter));
}

/** applyFilter a step an article (index.ts: in slices on the extension host). */
export function* filterSteps(input: ExportInput, filter: ExportFilter = {}): Steps<ExportInput> {
  const kinds = filter.kinds && new Set<string>(filter.kinds);
  const annotators = filter.annotators && new Set(filter.annotators);
  const statuses = filter.statuses && new Set<string>(filter.statuses);
  const articles: ExportArticle[] = [];
  for (const a of input.articles) {
    const annotations = a.annotations.filter(
      (x) => (!kinds || kinds.has(x.kind)) && (!annotators || annotators.has(x.annotator)) && (!statuses || statuses.has(x.status)),
    );
    const out: ExportArticle = { path: a.path, text: a.text, annotations: sortAnnotations(annotations) };
    if (a.actors && filter.includeActors !== false) out.actors = [...a.actors].sort((p, q) => p.start - q.start || p.end - q.end);
    if (a.quotes && filter.includeQuotes !== false) out.quotes = [...a.quotes].sort((p, q) => p.start - q.start || p.end - q.end);
    if (a.reported && filter.includeReported !== false) out.reported = [...a.reported].sort((p, q) => p.start - q.start || p.end - q.end);
    articles.push(out);
    yield;
  }
  articles.sort((p, q) => (p.path < q.path ? -1 : p.path > q.path ? 1 : 0));
  return { articles };
}
