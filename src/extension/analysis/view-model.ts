// From the loaded corpus (core/analysis records) and the filter to what the charts draw.
// Pure: the tables come from core/analysis (one filter, one set of counts for charts,
// CSV and `sorot stats`); this file only picks what fits a picture (the largest rows)
// and gives each mark a key under which the items behind it are kept.
import {
  actorTimeline,
  applyFilter,
  applyFilterSteps,
  byCounts,
  compareSourceRows,
  dominant,
  isoWeek,
  ITEM_KINDS,
  quotedWithEdges,
  rankedTop,
  sourceTypeTable,
  speakerTable,
  speakerOutlets,
  speaksAboutEdges,
  stanceMatrix,
  statsTableSteps,
  networkTableSteps,
  quotedWithSteps,
  speaksAboutSteps,
  tallyCorpus,
  timelineTally,
  topActors,
  topEdges,
  topSpeakers,
  type AnalysisArticle,
  type AnalysisFilter,
  type CorpusTally,
  type ItemRef,
  type StatsTable,
  type StatsView,
} from '../../core/analysis';
import type { SourceType } from '../../core/annotations/types';
import { STORED_NAMES, type ShownNames } from '../../core/annotations/reserved-actors';
import { compareRefs, compareText, type TableOptions } from '../../core/analysis/refs';
import { ITEMS_PER_STEP, runSteps, type Steps } from '../../core/incremental/time-slices';
import type { ChartId, ChartOptions, Facets, NetworkNode, ViewModel } from './protocol';

/** How many rows each chart draws; the rest is counted in `more` and is in the CSV. */
export const LIMITS = { speakers: 15, holders: 12, targets: 12, actors: 8, edges: 40 } as const;

export const DEFAULT_OPTIONS: ChartOptions = { period: 'month', relation: 'quoted-with' };


/** "" is how the view names an article without an outlet (the filter's convention). */
const NO_OUTLET = '';

export interface BuiltModel {
  model: ViewModel;
  /** The items behind the mark with key `key`, in text order; found when asked (a click),
   *  by the core table of the mark's chart over the articles that can hold them. */
  refsOf(key: number): ItemRef[];
  /** refsOf as steps (the panel's click runs them in slices: finding the articles behind
   *  a mark goes over every article the filter keeps). */
  refsSteps(key: number): Steps<ItemRef[]>;
}

/** What a mark stands for: enough to find its items again. */
type MarkQuery =
  | { chart: 'speakers'; speaker: string; outlet: string | null; kind: 'quote' | 'reported' }
  | { chart: 'stance'; holderKey: string; target: string }
  | { chart: 'sources'; outlet: string | null; sourceType: SourceType }
  | { chart: 'timeline'; period: string; actor: string }
  | { chart: 'network'; source: string; target: string }
  | { chart: 'node'; edges: MarkQuery[] };

/** Counts from the per-article tallies (core/analysis/corpus-tally.ts); the items behind
 *  a mark only when it is clicked. Same counts and order as the core tables give. */
export function buildModel(corpus: readonly AnalysisArticle[], filter: AnalysisFilter, options: ChartOptions = DEFAULT_OPTIONS, names: ShownNames = STORED_NAMES): BuiltModel {
  return runSteps(buildModelSteps(corpus, filter, options, names));
}

/** buildModel as steps, an article each: the panel runs them in slices of the host. */
export function* buildModelSteps(corpus: readonly AnalysisArticle[], filter: AnalysisFilter, options: ChartOptions = DEFAULT_OPTIONS, names: ShownNames = STORED_NAMES): Steps<BuiltModel> {
  const tally = yield* tallyCorpus(corpus, filter);
  const queries: MarkQuery[] = [];
  const keep = (q: MarkQuery) => queries.push(q) - 1;

  const { speakers: shownSpeakers, count: speakerCount } = yield* topSpeakers(tally, LIMITS.speakers);
  const cellsOf = yield* speakerOutlets(tally, shownSpeakers.map((r) => r.speaker));
  const outletsShown = new Set<string>();
  const speakerMarks = shownSpeakers.flatMap((r) =>
    [...cellsOf.get(r.speaker)!].map(([outlet, counts]) => ({ outlet, ...counts })).sort(byCounts((o) => o.outlet)).flatMap((o) => {
      outletsShown.add(o.outlet ?? NO_OUTLET);
      return (['quote', 'reported'] as const).flatMap((kind) => {
        const count = kind === 'quote' ? o.quotes : o.reported;
        return count ? [{ speaker: r.speaker, outlet: o.outlet ?? NO_OUTLET, kind, count, key: keep({ chart: 'speakers', speaker: r.speaker, outlet: o.outlet, kind }) }] : [];
      });
    }),
  );

  const cells = tally.stance;
  const holders = yield* rankedTop(cells, (c) => c.holder, LIMITS.holders);
  const targets = yield* rankedTop(cells, (c) => c.target, LIMITS.targets);
  const holderAt = new Map(holders.map((h, i) => [h, i])), targetAt = new Map(targets.map((t, i) => [t, i]));
  const shownCells: typeof cells = [];
  // A holder row stands for a stored label (as in the CSV); the page shows the name its
  // first cell's actor has on screen.
  const shownHolder = new Map<string, string>();
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (holderAt.has(c.holder) && !shownHolder.has(c.holder)) shownHolder.set(c.holder, names.actor(c.holder, c.holderId));
    if (holderAt.has(c.holder) && targetAt.has(c.target)) shownCells.push(c);
    if (i % ITEMS_PER_STEP === 0) yield;
  }
  const holderName = (holder: string) => shownHolder.get(holder) ?? holder;
  const stanceMarks = shownCells
    .sort((a, b) => holderAt.get(a.holder)! - holderAt.get(b.holder)! || targetAt.get(a.target)! - targetAt.get(b.target)!)
    .map((c) => ({ holder: holderName(c.holder), target: c.target, favor: c.favor, against: c.against, neutral: c.neutral, total: c.total, polarity: dominant(c), key: keep({ chart: 'stance', holderKey: c.holderId ?? `label:${c.holder}`, target: c.target }) }));

  const sourceMarks = [...tally.sources.values()].sort(compareSourceRows).map((r) => ({
    outlet: r.outlet ?? NO_OUTLET, sourceType: r.sourceType, count: r.count, share: r.count / tally.sourcesPerOutlet.get(r.outlet)!, key: keep({ chart: 'sources', outlet: r.outlet, sourceType: r.sourceType }),
  }));

  const { actors, count: actorCount } = yield* topActors(tally, LIMITS.actors);
  const timelineMarks = (yield* timelineTally(tally, options.period, actors)).map((r) => ({ ...r, key: keep({ chart: 'timeline', period: r.period, actor: r.actor }) }));

  const edges = options.relation === 'quoted-with' ? tally.quotedWith : tally.speaksAbout;
  const shownEdges = yield* topEdges(edges, LIMITS.edges);
  const nodes = new Map<string, NetworkNode & { edges: MarkQuery[] }>();
  const node = (id: string) => nodes.get(id) ?? nodes.set(id, { id, speaks: 0, degree: 0, key: -1, edges: [] }).get(id)!;
  const networkMarks = shownEdges.map((e) => {
    const query: MarkQuery = { chart: 'network', source: e.source, target: e.target };
    for (const end of [node(e.source), node(e.target)]) {
      end.degree += e.weight;
      end.edges.push(query);
    }
    if (options.relation === 'speaks-about') node(e.source).speaks += e.weight;
    return { source: e.source, target: e.target, weight: e.weight, key: keep(query) };
  });
  const networkNodes = [...nodes.values()].sort((a, b) => compareText(a.id, b.id)).map(({ edges: e, ...n }) => ({ ...n, key: keep({ chart: 'node', edges: e }) }));

  const model: ViewModel = {
    articles: tally.articles.length,
    options,
    speakers: { order: shownSpeakers.map((r) => r.speaker), outlets: sortOutlets(outletsShown), marks: speakerMarks, more: speakerCount - shownSpeakers.length },
    stance: { holders: holders.map(holderName), targets, marks: stanceMarks, more: cells.length - stanceMarks.length },
    sources: { outlets: sortOutlets(new Set(sourceMarks.map((m) => m.outlet))), marks: sourceMarks },
    timeline: { periods: periodsFrom(tally.firstDate, tally.lastDate, options.period), actors, marks: timelineMarks, undated: tally.undated, more: actorCount - actors.length },
    network: { relation: options.relation, nodes: networkNodes, marks: networkMarks, more: edges.size - shownEdges.length },
  };
  const found = new Map<number, ItemRef[]>();
  function* refsSteps(key: number): Steps<ItemRef[]> {
    const query = queries[key];
    if (!query) return [];
    let refs = found.get(key);
    if (!refs) found.set(key, (refs = yield* refsFor(query, tally, filter, options)));
    return refs;
  }
  return { model, refsOf: (key) => runSteps(refsSteps(key)), refsSteps };
}

/** The items behind a mark: the core table of its chart, over the filtered articles that
 *  can hold them (a few, found from the tallies' articles), so the list is exactly the
 *  one `sorot stats --format json` gives that row. */
function* refsFor(query: MarkQuery, tally: CorpusTally, filter: AnalysisFilter, options: ChartOptions): Steps<ItemRef[]> {
  function* among(keep: (a: AnalysisArticle) => boolean): Steps<AnalysisArticle[]> {
    const kept: AnalysisArticle[] = [];
    for (const a of tally.articles) {
      if (keep(a)) kept.push(a);
      yield;
    }
    return applyFilter(kept, filter);
  }
  switch (query.chart) {
    case 'speakers': {
      const { speaker, outlet, kind } = query;
      const rows = speakerTable(yield* among((a) => (a.outlet ?? null) === outlet && (kind === 'quote' ? a.quotes : a.reported).some((s) => s.speaker === speaker)));
      return rows.find((r) => r.speaker === speaker)?.outlets.find((o) => o.outlet === outlet)?.refs.filter((r) => r.kind === kind) ?? [];
    }
    case 'stance': {
      const { holderKey, target } = query;
      const cells = stanceMatrix(yield* among((a) => a.annotations.some((x) => x.kind === 'stance' && x.stance.target === target))).cells;
      return cells.find((c) => (c.holderId ?? `label:${c.holder}`) === holderKey && c.target === target)?.refs ?? [];
    }
    case 'sources':
      return sourceTypeTable(yield* among((a) => (a.outlet ?? null) === query.outlet)).find((r) => r.sourceType === query.sourceType)?.refs ?? [];
    case 'timeline': {
      const { period, actor } = query;
      const inPeriod = (date: string) => (options.period === 'month' ? date.slice(0, 7) : isoWeek(date)) === period;
      const rows = actorTimeline(yield* among((a) => a.date !== undefined && inPeriod(a.date)), options.period).rows;
      return rows.find((r) => r.actor === actor)?.refs ?? [];
    }
    case 'network': {
      const { source, target } = query;
      const speaks = (a: AnalysisArticle, name: string) => a.quotes.some((q) => q.speaker === name);
      const edges = options.relation === 'quoted-with'
        ? quotedWithEdges(yield* among((a) => speaks(a, source) && speaks(a, target)))
        : speaksAboutEdges(yield* among((a) => speaks(a, source) && a.actors.some((m) => m.canonical === target)));
      return edges.find((e) => e.source === source && e.target === target)?.refs ?? [];
    }
    case 'node': {
      const refs = new Map<string, ItemRef>();
      for (const edge of query.edges) for (const r of yield* refsFor(edge, tally, filter, options)) refs.set(`${r.article}\u0000${r.start}\u0000${r.end}`, r);
      return [...refs.values()].sort(compareRefs);
    }
  }
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
  return periodsFrom(first, last, period);
}

/** Every month or ISO week from the date `first` to the date `last`. */
export function periodsFrom(first: string | undefined, last: string | undefined, period: ChartOptions['period']): string[] {
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
  return runSteps(facetsSteps(corpus));
}

/** facetsOf as steps, an article each. */
export function* facetsSteps(corpus: readonly AnalysisArticle[]): Steps<Facets> {
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
    yield;
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
  return runSteps(chartTableSteps(chart, corpus, filter, options));
}

/** chartTable as steps, for the panel's CSV of a large corpus; `table.refs: false` leaves
 *  out the items behind each row, which a CSV does not hold. */
export function* chartTableSteps(chart: ChartId, corpus: readonly AnalysisArticle[], filter: AnalysisFilter, options: ChartOptions, table: TableOptions = {}): Steps<StatsTable> {
  const articles = yield* applyFilterSteps(corpus, filter);
  if (chart !== 'network') return yield* statsTableSteps(chartStatsView(chart, options), articles, table);
  return yield* networkTableSteps([options.relation === 'quoted-with' ? yield* quotedWithSteps(articles, table) : yield* speaksAboutSteps(articles, table)]);
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
