// The first `limit` items of an order, out of hundreds of thousands (a large corpus's
// names, pairs of speakers, stance holders), as steps: one pass keeps the best `limit`
// in order. Neither every item nor every item tied at the cut-off is sorted (a filter
// can leave every speaker at 0 quotes, every pair at weight 1).
import { ITEMS_PER_STEP, type Steps } from '../incremental/time-slices';

/** The first `limit` of `items` as a stable sort by `compare` would give them. */
export function* topOf<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): Steps<T[]> {
  const best: T[] = [];
  if (limit <= 0) return best;
  let seen = 0;
  for (const item of items) {
    if (++seen % ITEMS_PER_STEP === 0) yield;
    // Not before the last kept one: a tie stays behind the items that came first.
    if (best.length === limit && compare(item, best[limit - 1] as T) >= 0) continue;
    let lo = 0, hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(best[mid] as T, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > limit) best.pop();
  }
  return best;
}
