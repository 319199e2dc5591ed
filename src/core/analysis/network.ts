// Who is quoted with whom, and who speaks about whom.
//  - quoted-with (undirected): two speakers quoted in the same article; weight = the
//    number of such articles. Pairs are written with the names in code-unit order.
//  - speaks-about (directed): speaker -> an actor mentioned inside one of their quotes
//    (not themselves); weight = the number of such quotes.
// Edges are sorted by weight, then names, so the same corpus always gives the same list
// (and a view the same layout seed).
import { SplitMap } from '../incremental/split-map';
import { arraySteps, runSteps, sortSteps, type Steps } from '../incremental/time-slices';
import { compareRefs, compareText, entry, statementRef, type TableOptions } from './refs';
import type { AnalysisArticle, ItemRef } from './types';

export interface NetworkEdge {
  relation: 'quoted-with' | 'speaks-about';
  source: string;
  target: string;
  weight: number;
  refs: ItemRef[];
}

export function quotedWithEdges(articles: readonly AnalysisArticle[]): NetworkEdge[] {
  return runSteps(quotedWithSteps(articles));
}

/** quotedWithEdges as steps: an article, then the sort, a step at a time. */
export function* quotedWithSteps(articles: readonly AnalysisArticle[], options: TableOptions = {}): Steps<NetworkEdge[]> {
  const keepRefs = options.refs ?? true;
  // Pairs of speakers: hundreds of thousands at 100,000 articles (split-map.ts says why split).
  const edges = new SplitMap<NetworkEdge>();
  for (const a of articles) {
    const bySpeaker = new Map<string, ItemRef[]>();
    for (const q of a.quotes) if (q.speaker !== null) entry(bySpeaker, q.speaker, () => []).push(statementRef(a.path, 'quote', q));
    const speakers = [...bySpeaker.keys()].sort(compareText);
    for (let i = 0; i < speakers.length; i++) {
      for (let j = i + 1; j < speakers.length; j++) {
        const e = entry(edges, JSON.stringify([speakers[i], speakers[j]]), () => ({ relation: 'quoted-with' as const, source: speakers[i], target: speakers[j], weight: 0, refs: [] }));
        e.weight++;
        if (keepRefs) e.refs.push(...bySpeaker.get(speakers[i])!, ...bySpeaker.get(speakers[j])!);
      }
    }
    yield;
  }
  const list = yield* arraySteps(edges.values());
  if (keepRefs) {
    for (const e of list) {
      e.refs.sort(compareRefs);
      yield;
    }
  }
  return yield* sortSteps(list, byWeightThenNames);
}

export function speaksAboutEdges(articles: readonly AnalysisArticle[]): NetworkEdge[] {
  return runSteps(speaksAboutSteps(articles));
}

/** speaksAboutEdges as steps: an article, then the sort, a step at a time. */
export function* speaksAboutSteps(articles: readonly AnalysisArticle[], options: TableOptions = {}): Steps<NetworkEdge[]> {
  const keepRefs = options.refs ?? true;
  const edges = new SplitMap<NetworkEdge>();
  for (const a of articles) {
    let first = 0; // actors are in text order: skip those before each quote
    for (const q of [...a.quotes].sort((x, y) => x.start - y.start)) {
      if (q.speaker === null) continue;
      while (first < a.actors.length && a.actors[first].end <= q.start) first++;
      const about = new Set<string>();
      for (let i = first; i < a.actors.length && a.actors[i].start < q.end; i++) {
        const m = a.actors[i];
        if (m.start >= q.start && m.end <= q.end && m.canonical !== q.speaker) about.add(m.canonical);
      }
      for (const target of about) {
        const e = entry(edges, JSON.stringify([q.speaker, target]), () => ({ relation: 'speaks-about' as const, source: q.speaker!, target, weight: 0, refs: [] }));
        e.weight++;
        if (keepRefs) e.refs.push(statementRef(a.path, 'quote', q));
      }
    }
    yield;
  }
  return yield* sortSteps(yield* arraySteps(edges.values()), byWeightThenNames);
}

function byWeightThenNames(a: NetworkEdge, b: NetworkEdge): number {
  return b.weight - a.weight || compareText(a.source, b.source) || compareText(a.target, b.target);
}
