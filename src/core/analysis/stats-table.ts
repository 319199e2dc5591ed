// Each table as rows of named cells: what `sorot stats` prints (CSV or JSON) and what a
// view exports as the CSV of a chart. Column names are the same in both formats; a JSON
// row also carries `refs`, the items behind it (article path, kind, UTF-16 offsets).
import { ITEMS_PER_STEP, runSteps, type Steps } from '../incremental/time-slices';
import { quotedWithSteps, speaksAboutSteps, type NetworkEdge } from './network';
import type { TableOptions } from './refs';
import { sourceTypeSteps } from './sources';
import { speakerOutletTableSteps, speakerTableSteps } from './speakers';
import { stanceMatrixSteps } from './stance';
import { actorTimelineSteps } from './timeline';
import type { AnalysisArticle, ItemRef } from './types';

export const STATS_VIEWS = ['speaker', 'outlet', 'month', 'week', 'stance', 'source-type', 'network'] as const;
export type StatsView = (typeof STATS_VIEWS)[number];

export type Cell = string | number | null;

export interface StatsTable {
  columns: readonly string[];
  rows: Array<{ cells: Cell[]; refs: ItemRef[] }>;
  /** What the rows leave out, said once (articles without a date for a timeline). */
  notes: string[];
}

export function statsTable(view: StatsView, articles: readonly AnalysisArticle[]): StatsTable {
  return runSteps(statsTableSteps(view, articles));
}

/** statsTable as steps (an article, a sort, rows at a time): the analysis view saves a
 *  chart's table of a 100,000-article corpus in slices. With `refs: false` the rows'
 *  refs stay empty (a CSV has no column for them). */
export function* statsTableSteps(view: StatsView, articles: readonly AnalysisArticle[], options: TableOptions = {}): Steps<StatsTable> {
  switch (view) {
    case 'speaker':
      return table(['rank', 'speaker', 'speaker_id', 'quotes', 'reported', 'articles'], yield* rowsOf(yield* speakerTableSteps(articles, options), (r, i) => ({ cells: [i + 1, r.speaker, r.speakerId ?? null, r.quotes, r.reported, r.articles], refs: r.refs })));
    case 'outlet':
      return table(['outlet', 'speaker', 'speaker_id', 'quotes', 'reported'], yield* rowsOf(yield* speakerOutletTableSteps(articles, options), (r) => ({ cells: [r.outlet, r.speaker, r.speakerId ?? null, r.quotes, r.reported], refs: r.refs })));
    case 'month':
    case 'week': {
      const t = yield* actorTimelineSteps(articles, view, options);
      const notes = t.undated ? [`${t.undated} ${t.undated === 1 ? 'article has' : 'articles have'} no date and ${t.undated === 1 ? 'is' : 'are'} not counted`] : [];
      return { ...table(['period', 'actor', 'entity_id', 'mentions', 'quotes'], yield* rowsOf(t.rows, (r) => ({ cells: [r.period, r.actor, r.entityId ?? null, r.mentions, r.quotes], refs: r.refs }))), notes };
    }
    case 'stance':
      return table(['holder', 'holder_id', 'target', 'favor', 'against', 'neutral', 'total', 'polarity'], yield* rowsOf((yield* stanceMatrixSteps(articles, options)).cells, (c) => ({ cells: [c.holder, c.holderId ?? null, c.target, c.favor, c.against, c.neutral, c.total, c.polarity], refs: c.refs })));
    case 'source-type':
      return table(['outlet', 'source_type', 'count', 'share'], yield* rowsOf(yield* sourceTypeSteps(articles, options), (r) => ({ cells: [r.outlet, r.sourceType, r.count, Math.round(r.share * 10000) / 10000], refs: r.refs })));
    case 'network':
      return yield* networkTableSteps([yield* quotedWithSteps(articles, options), yield* speaksAboutSteps(articles, options)]);
  }
}

/** The network view's table of the edges of one relation or more, as steps (the analysis
 *  view's CSV holds only the relation its chart shows). */
export function* networkTableSteps(relations: ReadonlyArray<readonly NetworkEdge[]>): Steps<StatsTable> {
  const rows: StatsTable['rows'] = [];
  for (const edges of relations) {
    for (const e of edges) if (rows.push({ cells: [e.relation, e.source, e.target, e.weight], refs: e.refs }) % ITEMS_PER_STEP === 0) yield;
  }
  return table(['relation', 'source', 'target', 'weight'], rows);
}

/** The table's rows made from `items`, as steps. */
function* rowsOf<T>(items: readonly T[], row: (item: T, index: number) => StatsTable['rows'][number]): Steps<StatsTable['rows']> {
  const rows: StatsTable['rows'] = [];
  for (let i = 0; i < items.length; i++) {
    rows.push(row(items[i] as T, i));
    if (i % ITEMS_PER_STEP === 0) yield;
  }
  return rows;
}

function table(columns: readonly string[], rows: StatsTable['rows']): StatsTable {
  return { columns, rows, notes: [] };
}

/** A JSON row: the cells under their column names, then the items behind them. */
export function jsonRow(columns: readonly string[], row: StatsTable['rows'][number]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => (out[c] = row.cells[i]));
  out.refs = row.refs;
  return out;
}
