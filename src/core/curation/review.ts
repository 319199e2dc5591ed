/**
 * Review mode's list: every item of the curated layer of one article, actors, quotes and
 * reported statements
 * together in text order, each decided (accepted, corrected, added or rejected by the
 * researcher) or still the machine's. An article is reviewed when every item is decided.
 */
import type { CuratedAnalysis, Provenance } from './types';

export interface ReviewItem {
  layer: 'actor' | 'quote' | 'reported';
  start: number;
  end: number;
  text: string;
  /** The actor's canonical, or the quote's (statement's) speaker (null: none). */
  value: string | null;
  /** 'rejected': a machine item the researcher removed (shown so it can be restored). */
  state: Provenance | 'rejected';
}

export interface ReviewProgress {
  decided: number;
  total: number;
  /** Every item decided (and at least one item, or nothing to review at all). */
  reviewed: boolean;
}

const LAYER_ORDER: Record<ReviewItem['layer'], number> = { reported: 0, quote: 1, actor: 2 };

export function reviewQueue(curated: CuratedAnalysis): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const m of curated.actors) items.push({ layer: 'actor', start: m.start, end: m.end, text: m.text, value: m.canonical, state: m.provenance });
  for (const q of curated.quotes) items.push({ layer: 'quote', start: q.start, end: q.end, text: q.text, value: q.speaker, state: q.provenance });
  for (const r of curated.reported) items.push({ layer: 'reported', start: r.start, end: r.end, text: r.text, value: r.speaker, state: r.provenance });
  for (const r of curated.rejected.reported ?? []) items.push({ layer: 'reported', start: r.start, end: r.end, text: r.text, value: r.speaker, state: 'rejected' });
  for (const m of curated.rejected.actors) items.push({ layer: 'actor', start: m.start, end: m.end, text: m.text, value: m.canonical, state: 'rejected' });
  for (const q of curated.rejected.quotes) items.push({ layer: 'quote', start: q.start, end: q.end, text: q.text, value: q.speaker, state: 'rejected' });
  // A statement before the quote and mentions inside it, a quote before the mentions
  // inside it, as the reader meets them.
  return items.sort((a, b) => a.start - b.start || (a.layer === b.layer ? a.end - b.end : LAYER_ORDER[a.layer] - LAYER_ORDER[b.layer]));
}

/** Still the machine's to decide: untouched, or changed only by following a correction of
 *  something else (types.ts `followed`). */
export function undecided(state: ReviewItem['state']): boolean {
  return state === 'machine' || state === 'followed';
}

export function reviewProgress(queue: readonly ReviewItem[]): ReviewProgress {
  const decided = queue.filter((i) => !undecided(i.state)).length;
  return { decided, total: queue.length, reviewed: decided === queue.length };
}

/** The next item still to decide after `offset` (wrapping to the start), for review mode's "next". */
export function nextUndecided(queue: readonly ReviewItem[], offset: number): ReviewItem | undefined {
  const open = queue.filter((i) => undecided(i.state));
  return open.find((i) => i.start > offset) ?? open[0];
}
