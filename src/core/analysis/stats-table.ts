// Each table as rows of named cells: what `sorot stats` prints (CSV or JSON) and what a
// view exports as the CSV of a chart. Column names are the same in both formats; a JSON
// row also carries `refs`, the items behind it (article path, kind, UTF-16 offsets).
import { quotedWithEdges, speaksAboutEdges } from './network';
import { sourceTypeTable } from './sources';
import { speakerOutletTable, speakerTable } from './speakers';
import { stanceMatrix } from './stance';
import { actorTimeline } from './timeline';
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
  switch (view) {
    case 'speaker':
      return table(['rank', 'speaker', 'speaker_id', 'quotes', 'reported', 'articles'], speakerTable(articles).map((r, i) => ({ cells: [i + 1, r.speaker, r.speakerId ?? null, r.quotes, r.reported, r.articles], refs: r.refs })));
    case 'outlet':
      return table(['outlet', 'speaker', 'speaker_id', 'quotes', 'reported'], speakerOutletTable(articles).map((r) => ({ cells: [r.outlet, r.speaker, r.speakerId ?? null, r.quotes, r.reported], refs: r.refs })));
    case 'month':
    case 'week': {
      const t = actorTimeline(articles, view);
      const notes = t.undated ? [`${t.undated} ${t.undated === 1 ? 'article has' : 'articles have'} no date and ${t.undated === 1 ? 'is' : 'are'} not counted`] : [];
      return { ...table(['period', 'actor', 'entity_id', 'mentions', 'quotes'], t.rows.map((r) => ({ cells: [r.period, r.actor, r.entityId ?? null, r.mentions, r.quotes], refs: r.refs }))), notes };
    }
    case 'stance':
      return table(['holder', 'holder_id', 'target', 'favor', 'against', 'neutral', 'total', 'polarity'], stanceMatrix(articles).cells.map((c) => ({ cells: [c.holder, c.holderId ?? null, c.target, c.favor, c.against, c.neutral, c.total, c.polarity], refs: c.refs })));
    case 'source-type':
      return table(['outlet', 'source_type', 'count', 'share'], sourceTypeTable(articles).map((r) => ({ cells: [r.outlet, r.sourceType, r.count, Math.round(r.share * 10000) / 10000], refs: r.refs })));
    case 'network':
      return table(['relation', 'source', 'target', 'weight'], [...quotedWithEdges(articles), ...speaksAboutEdges(articles)].map((e) => ({ cells: [e.relation, e.source, e.target, e.weight], refs: e.refs })));
  }
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
