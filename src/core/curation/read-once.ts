/**
 * A document model's findings read once per publication: the curated slices of one
 * publication (every viewport change asks for one) read the recognizer's mentions before
 * them, often back to the article's start (slice.ts). Copying them out of the model again
 * for every query was most of a query's cost with many corrections; the model's answer for
 * a block of text is kept instead, and a query is answered from the blocks it covers.
 *
 * Exact as the model's query is: the first block's answer holds every item overlapping it
 * (also those starting before it); each later block adds the items starting in it.
 */
import type { ActorMention, AnalysisResult, Quote, ReportedStatement } from '../recognize/types';
import type { AnalysisQuery } from './slice';

interface Span {
  start: number;
  end: number;
}

/** Block size: about a viewport, so a viewport reads one or two (a few KB more than it
 *  asks for the first time; a whole-text index reads 256 of them for 1 MB). */
const BLOCK = 4_096;

/** `query` answered from blocks of the model's findings read once each, for a text of
 *  `length` characters (a publication's findings do not change while it stands). `block`:
 *  tests make it small. */
export function readOnce(query: AnalysisQuery, length: number, block = BLOCK): AnalysisQuery {
  const blocks = new Map<number, AnalysisResult>();
  const blockAt = (k: number): AnalysisResult => {
    let found = blocks.get(k);
    if (!found) {
      const read = query(k * block, (k + 1) * block);
      found = { actors: read.actors, quotes: read.quotes, reported: read.reported ?? [] };
      blocks.set(k, found);
    }
    return found;
  };
  return (from, to) => {
    const lo = Math.max(0, from);
    const hi = Math.min(to, length);
    if (hi <= lo) return query(from, to); // (an empty range or past the end: nothing to keep)
    const first = Math.floor(lo / block);
    const last = Math.floor((hi - 1) / block);
    const actors: ActorMention[] = [];
    const quotes: Quote[] = [];
    const reported: ReportedStatement[] = [];
    for (let k = first; k <= last; k++) {
      const b = blockAt(k);
      const since = k === first ? -Infinity : k * block;
      collect(b.actors, since, lo, hi, actors);
      collect(b.quotes, since, lo, hi, quotes);
      collect(b.reported ?? [], since, lo, hi, reported);
    }
    return { actors, quotes, reported };
  };
}

/** The items starting at or after `since` that overlap [lo, hi), in the block's order. */
function collect<T extends Span>(items: readonly T[], since: number, lo: number, hi: number, out: T[]): void {
  for (const item of items) if (item.start >= since && item.end > lo && item.start < hi) out.push(item);
}
