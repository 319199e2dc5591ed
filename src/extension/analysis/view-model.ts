// From the loaded corpus (core/analysis records) and the filter to what the charts draw.
// Pure: the tables come from core/analysis (one filter, one set of counts for charts,
// CSV and `sorot stats`); this file only picks what fits a picture (the largest rows)
// and gives each mark a key under which the items behind it are kept.
import {
  actorTimeline,
  isoWeek,
  applyFilter,
  ITEM_KINDS,
  quotedWithEdges,
  sourceTypeTable,
  speakerTable,
  speaksAboutEdges,
  stanceMatrix,
  statsTable,
  type AnalysisArticle,
  type AnalysisFilter,
  type ItemRef,
  type StatsTable,
  type StatsView,
} from '../../core/analysis';
import { compareRefs, compareText } from '../../core/analysis/refs';
import type { ChartId, ChartOptions, Facets, NetworkNode, ViewModel } from './protocol';

/** How many rows each chart draws; the rest is counted in `more` and is in the CSV. */
export const LIMITS = { speakers: 15, holders: 12, targets: 12, actors: 8, edges: 40 } as const;

export const DEFAULT_OPTIONS: ChartOptions = { period: 'month', relation: 'quoted-with' };

/** "" is how the view names an article without an outlet (the filter's convention). */
const NO_OUTLET = '';

export interface BuiltModel {
  model: ViewModel;
  /** The items behind the mark with key i. */
  refs: ItemRef[][];
}

export function buildModel(corpus: readonly AnalysisArticle[], filter: AnalysisFilter, options: ChartOptions = DEFAULT_OPTIONS): BuiltModel {
  const articles = applyFilter(corpus, filter);
  const refs: ItemRef[][] = [];
  const keep = (r: ItemRef[]) => refs.push(r) - 1;

  const speakerRows = speakerTable(articles).filter((r) => r.speaker !== null);
  const shownSpeakers = speakerRows.slice(0, LIMITS.speakers);
  const speakerOutlets = new Set<string>();
  const speakerMarks = shownSpeakers.flatMap((r) =>
    r.outlets.flatMap((o) => {
      speakerOutlets.add(o.outlet ?? NO_OUTLET);
      return (['quote', 'reported'] as const).flatMap((kind) => {
        const count = kind === 'quote' ? o.quotes : o.reported;
        return count ? [{ speaker: r.speaker!, outlet: o.outlet ?? NO_OUTLET, kind, count, key: keep(o.refs.filter((x) => x.kind === kind)) }] : [];
      });
    }),
  );

  const matrix = stanceMatrix(articles);
  const holders = matrix.holders.slice(0, LIMITS.holders);
  const targets = matrix.targets.slice(0, LIMITS.targets);
  const stanceMarks = matrix.cells
    .filter((c) => holders.includes(c.holder) && targets.includes(c.target))
    .map((c) => ({ holder: c.holder, target: c.target, favor: c.favor, against: c.against, neutral: c.neutral, total: c.total, polarity: c.polarity, key: keep(c.refs) }));

  const sourceRows = sourceTypeTable(articles);
  const sourceMarks = sourceRows.map((r) => ({ outlet: r.outlet ?? NO_OUTLET, sourceType: r.sourceType, count: r.count, share: r.share, key: keep(r.refs) }));

  const timeline = actorTimeline(articles, options.period);
  const totals = new Map<string, number>();
  for (const r of timeline.rows) totals.set(r.actor, (totals.get(r.actor) ?? 0) + r.mentions + r.quotes);
  const rankedActors = [...totals].sort(([a, x], [b, y]) => y - x || compareText(a, b)).map(([a]) => a);
  const actors = rankedActors.slice(0, LIMITS.actors);
  const timelineMarks = timeline.rows.filter((r) => actors.includes(r.actor)).map((r) => ({ period: r.period, actor: r.actor, mentions: r.mentions, quotes: r.quotes, key: keep(r.refs) }));

  const edges = options.relation === 'quoted-with' ? quotedWithEdges(articles) : speaksAboutEdges(articles);
  const shownEdges = edges.slice(0, LIMITS.edges);
  const nodes = new Map<string, NetworkNode & { refs: Map<string, ItemRef> }>();
  const node = (id: string) => nodes.get(id) ?? nodes.set(id, { id, speaks: 0, degree: 0, key: -1, refs: new Map() }).get(id)!;
  for (const e of shownEdges) {
    for (const end of [node(e.source), node(e.target)]) {
      end.degree += e.weight;
      for (const r of e.refs) end.refs.set(`${r.article}\u0000${r.start}\u0000${r.end}`, r);
    }
    if (e.relation === 'speaks-about') node(e.source).speaks += e.weight;
  }
  const networkNodes = [...nodes.values()].sort((a, b) => compareText(a.id, b.id)).map(({ refs: r, ...n }) => ({ ...n, key: keep([...r.values()].sort(compareRefs)) }));

  const model: ViewModel = {
    articles: articles.length,
    options,
    speakers: { order: shownSpeakers.map((r) => r.speaker!), outlets: sortOutlets(speakerOutlets), marks: speakerMarks, more: speakerRows.length - shownSpeakers.length },
    stance: { holders, targets, marks: stanceMarks, more: matrix.cells.length - stanceMarks.length },
    sources: { outlets: sortOutlets(new Set(sourceMarks.map((m) => m.outlet))), marks: sourceMarks },
    timeline: { periods: periodsBetween(articles, options.period), actors, marks: timelineMarks, undated: timeline.undated, more: rankedActors.length - actors.length },
    network: { relation: options.relation, nodes: networkNodes, marks: shownEdges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, key: keep(e.refs) })), more: edges.length - shownEdges.length },
  };
  return { model, refs };
}

/** Every month or ISO week from the first to the last dated article, those without
 *  articles included, so a time axis does not close up a gap. */
export function periodsBetween(articles: readonly AnalysisArticle[], period: ChartOptions['period']): string[] {
  let first: string | undefined, last: string | undefined;
  for (const a of articles) {
    if (!a.date) continue;
    if (!first || a.date < first) first = a.date;
    if (!last || a.date > last) last = a.date;
  }
  if (!first || !last) return [];
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  // Day by day: at most a few thousand steps for a corpus spanning years.
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const p = period === 'month' ? day.slice(0, 7) : isoWeek(day);
    if (out[out.length - 1] !== p) out.push(p);
  }
  return out;
}

/** Outlets by name, articles without one last. */
function sortOutlets(set: Set<string>): string[] {
  return [...set].sort((a, b) => (a === NO_OUTLET ? 1 : b === NO_OUTLET ? -1 : compareText(a, b)));
}

/** The filters' choices, from the whole corpus. */
export function facetsOf(corpus: readonly AnalysisArticle[]): Facets {
  const folders = new Set<string>();
  const outlets = new Set<string>();
  const annotators = new Set<string>();
  let first: string | undefined, last: string | undefined;
  for (const a of corpus) {
    const parts = a.path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
    outlets.add(a.outlet ?? NO_OUTLET);
    for (const s of a.statuses) if (s.annotator) annotators.add(s.annotator);
    for (const x of a.annotations) annotators.add(x.annotator);
    if (a.date) {
      if (!first || a.date < first) first = a.date;
      if (!last || a.date > last) last = a.date;
    }
  }
  return {
    articles: corpus.length,
    folders: [...folders].sort(compareText),
    outlets: sortOutlets(outlets),
    annotators: [...annotators].sort(compareText),
    statuses: ['not-started', 'in-progress', 'done'],
    kinds: ITEM_KINDS,
    ...(first ? { firstDate: first } : {}),
    ...(last ? { lastDate: last } : {}),
  };
}

/** The `sorot stats` table each chart exports as CSV. */
export function chartStatsView(chart: ChartId, options: ChartOptions): StatsView {
  switch (chart) {
    case 'speakers': return 'outlet';
    case 'stance': return 'stance';
    case 'sources': return 'source-type';
    case 'timeline': return options.period;
    case 'network': return 'network';
  }
}

/** The whole table behind a chart (not only the rows drawn), filtered as the chart is;
 *  the network's CSV holds the relation the chart shows. */
export function chartTable(chart: ChartId, corpus: readonly AnalysisArticle[], filter: AnalysisFilter, options: ChartOptions): StatsTable {
  const table = statsTable(chartStatsView(chart, options), applyFilter(corpus, filter));
  if (chart !== 'network') return table;
  return { ...table, rows: table.rows.filter((r) => r.cells[0] === options.relation) };
}

/** Accepts only a filter of the documented shape (it comes from the webview). */
export function sanitizeFilter(raw: unknown): AnalysisFilter {
  const f = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const date = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  const out: AnalysisFilter = {};
  const folders = strings(f.folders), outlets = strings(f.outlets), annotators = strings(f.annotators);
  const statuses = strings(f.statuses).filter((s): s is NonNullable<AnalysisFilter['statuses']>[number] => ['not-started', 'in-progress', 'done'].includes(s));
  const kinds = strings(f.kinds).filter((k): k is NonNullable<AnalysisFilter['kinds']>[number] => (ITEM_KINDS as readonly string[]).includes(k));
  if (folders.length) out.folders = folders;
  if (outlets.length) out.outlets = outlets;
  if (annotators.length) out.annotators = annotators;
  if (statuses.length) out.statuses = statuses;
  if (kinds.length) out.kinds = kinds;
  const from = date(f.from), to = date(f.to);
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}
