// Who holds which stance on what: one cell per stance holder and target, counting the
// accepted stance annotations by polarity. A holder picked from the knowledge base is
// one row whatever label each annotator saw (its id); a typed holder is its label.
import type { Polarity } from '../annotations/types';
import { annotationRef, compareText, entry, type TableOptions } from './refs';
import type { AnalysisArticle, ItemRef } from './types';
import { ITEMS_PER_STEP, runSteps, sortSteps, type Steps } from '../incremental/time-slices';
import { topOf } from './top-of';

export interface StanceCell {
  holder: string;
  holderId?: string;
  target: string;
  favor: number;
  against: number;
  neutral: number;
  total: number;
  /** The polarity with the most annotations; `mixed` when two share the most. */
  polarity: Polarity | 'mixed';
  refs: ItemRef[];
}

export interface StanceMatrix {
  /** Holders with the most stances first, then by name. */
  holders: string[];
  /** Targets with the most stances first, then by name. */
  targets: string[];
  /** Holder order, then target order. */
  cells: StanceCell[];
}

export function stanceMatrix(articles: readonly AnalysisArticle[]): StanceMatrix {
  return runSteps(stanceMatrixSteps(articles));
}

/** stanceMatrix as steps: an article, then the sorts, a step at a time. */
export function* stanceMatrixSteps(articles: readonly AnalysisArticle[], options: TableOptions = {}): Steps<StanceMatrix> {
  const keepRefs = options.refs ?? true;
  const cells = new Map<string, StanceCell>();
  for (const a of articles) {
    for (const x of a.annotations) {
      if (x.kind !== 'stance') continue;
      const { holder, holderId, target, polarity } = x.stance;
      const key = JSON.stringify([holderId ?? `label:${holder}`, target]);
      const cell = entry(cells, key, () => ({ holder, ...(holderId !== undefined ? { holderId } : {}), target, favor: 0, against: 0, neutral: 0, total: 0, polarity: 'neutral' as StanceCell['polarity'], refs: [] }));
      cell[polarity]++;
      cell.total++;
      if (keepRefs) cell.refs.push(annotationRef(a.path, x));
    }
    yield;
  }
  for (const c of cells.values()) c.polarity = dominant(c);
  const holders = yield* rankedSteps([...cells.values()], (c) => c.holder);
  const targets = yield* rankedSteps([...cells.values()], (c) => c.target);
  const order = (list: string[]) => new Map(list.map((v, i) => [v, i]));
  const h = order(holders), t = order(targets);
  return { holders, targets, cells: yield* sortSteps([...cells.values()], (a, b) => h.get(a.holder)! - h.get(b.holder)! || t.get(a.target)! - t.get(b.target)!) };
}

/** The polarity with the most annotations; `mixed` when two share the most. */
export function dominant(c: Pick<StanceCell, Polarity>): StanceCell['polarity'] {
  const max = Math.max(c.favor, c.against, c.neutral);
  const top = (['favor', 'against', 'neutral'] as const).filter((p) => c[p] === max);
  return top.length === 1 ? top[0] : 'mixed';
}

/** Names by their cells' total stances, most first, then by name. */
function* rankedSteps<C extends { total: number }>(cells: readonly C[], name: (c: C) => string): Steps<string[]> {
  return (yield* sortSteps([...(yield* totalsBy(cells, name))], mostThenName)).map(([n]) => n);
}

/** The first `limit` names of `rankedSteps`: a view of a large corpus's stance cells
 *  sorts none of them (top-of.ts). */
export function* rankedTop<C extends { total: number }>(cells: readonly C[], name: (c: C) => string, limit: number): Steps<string[]> {
  const totals = yield* totalsBy(cells, name);
  return (yield* topOf(totals.entries(), limit, mostThenName)).map(([n]) => n);
}

function* totalsBy<C extends { total: number }>(cells: readonly C[], name: (c: C) => string): Steps<Map<string, number>> {
  const totals = new Map<string, number>();
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    totals.set(name(c), (totals.get(name(c)) ?? 0) + c.total);
    if (i % ITEMS_PER_STEP === 0) yield;
  }
  return totals;
}

const mostThenName = ([a, x]: [string, number], [b, y]: [string, number]): number => y - x || compareText(a, b);
