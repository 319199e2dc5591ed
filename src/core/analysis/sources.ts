// Which kinds of source each outlet relies on: accepted source annotations counted by
// outlet and source type.
import type { SourceType } from '../annotations/types';
import { runSteps, sortSteps, type Steps } from '../incremental/time-slices';
import { annotationRef, compareText, entry, type TableOptions } from './refs';
import type { AnalysisArticle, ItemRef } from './types';

export interface SourceTypeRow {
  outlet: string | null;
  sourceType: SourceType;
  count: number;
  /** count / all source annotations of the outlet, 0..1. */
  share: number;
  refs: ItemRef[];
}

const TYPE_ORDER: readonly SourceType[] = ['official', 'news agency', 'media', 'document', 'social media', 'anonymous'];

/** By outlet name (articles without an outlet last), then in TYPE_ORDER. */
export function sourceTypeTable(articles: readonly AnalysisArticle[]): SourceTypeRow[] {
  return runSteps(sourceTypeSteps(articles));
}

/** sourceTypeTable as steps: an article, then the sort, a step at a time. */
export function* sourceTypeSteps(articles: readonly AnalysisArticle[], options: TableOptions = {}): Steps<SourceTypeRow[]> {
  const keepRefs = options.refs ?? true;
  const rows = new Map<string, SourceTypeRow>();
  const perOutlet = new Map<string | null, number>();
  for (const a of articles) {
    const outlet = a.outlet ?? null;
    for (const x of a.annotations) {
      if (x.kind !== 'source') continue;
      const row = entry(rows, JSON.stringify([outlet, x.source.sourceType]), () => ({ outlet, sourceType: x.source.sourceType, count: 0, share: 0, refs: [] }));
      row.count++;
      if (keepRefs) row.refs.push(annotationRef(a.path, x));
      perOutlet.set(outlet, (perOutlet.get(outlet) ?? 0) + 1);
    }
    yield;
  }
  for (const r of rows.values()) r.share = r.count / perOutlet.get(r.outlet)!;
  return yield* sortSteps([...rows.values()], compareSourceRows);
}

/** By outlet name (articles without an outlet last), then in TYPE_ORDER. */
export function compareSourceRows(a: Pick<SourceTypeRow, 'outlet' | 'sourceType'>, b: Pick<SourceTypeRow, 'outlet' | 'sourceType'>): number {
  if ((a.outlet === null) !== (b.outlet === null)) return a.outlet === null ? 1 : -1;
  return compareText(a.outlet ?? '', b.outlet ?? '') || TYPE_ORDER.indexOf(a.sourceType) - TYPE_ORDER.indexOf(b.sourceType);
}
