// The analysis view's model as it was built before the per-article tallies: every core
// table over the filtered corpus, with the items behind every row. Kept as the oracle of
// tally.test.ts: the tallies must draw the same model and list the same items.
import {
  actorTimeline, applyFilter, quotedWithEdges, sourceTypeTable, speakerTable, speaksAboutEdges, stanceMatrix,
  type AnalysisArticle, type AnalysisFilter, type ItemRef,
} from '../../../src/core/analysis';
import { compareRefs, compareText } from '../../../src/core/analysis/refs';
import type { ChartOptions, NetworkNode, ViewModel } from '../../../src/extension/analysis/protocol';
import { DEFAULT_OPTIONS, LIMITS, periodsBetween } from '../../../src/extension/analysis/view-model';

const NO_OUTLET = '';

function sortOutlets(set: Set<string>): string[] {
  return [...set].sort((a, b) => (a === NO_OUTLET ? 1 : b === NO_OUTLET ? -1 : compareText(a, b)));
}

export function referenceModel(corpus: readonly AnalysisArticle[], filter: AnalysisFilter, options: ChartOptions = DEFAULT_OPTIONS): { model: ViewModel; refs: ItemRef[][] } {
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
