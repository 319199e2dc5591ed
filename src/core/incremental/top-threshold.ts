// Which items can be among the first `limit` when the order starts with a count, without
// sorting every item: a corpus has hundreds of thousands of names but few distinct counts.

/** Tallies how many items have each count. */
export class CountHistogram {
  private readonly items = new Map<number, number>();
  size = 0;

  add(count: number): void {
    this.items.set(count, (this.items.get(count) ?? 0) + 1);
    this.size++;
  }

  /** The `limit`-th largest count: every item with at least this count can be among the
   *  first `limit` (ties at the threshold included); -Infinity when all of them can. */
  threshold(limit: number): number {
    if (this.size <= limit || limit <= 0) return -Infinity;
    let atLeast = 0;
    for (const c of [...this.items.keys()].sort((a, b) => b - a)) {
      atLeast += this.items.get(c) as number;
      if (atLeast >= limit) return c;
    }
    return -Infinity;
  }
}
