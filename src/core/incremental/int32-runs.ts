// Runs of small integers that many objects of a warm reopen keep (a cache shard's
// summaries' name positions, shared-names.ts; the names file's article positions of a
// name, id-bag.ts), in blocks of an Int32Array shared by many runs: an array per run was
// hundreds of thousands of arrays at 100,000 articles, each copied by the young
// generation's collections and again into the old one. A block's bytes are outside the
// JavaScript heap, and never copied.

/** Integers handed out from one block: 16k of them (64 kB) hold about 300 summaries'
 *  names, and a user leaves at most the end of one block unused; a run longer than a
 *  block gets a block of its own. */
const BLOCK = 16 * 1024;

/** Hands out runs, each within one block, blocks filled one after another. */
export class Int32Runs {
  private current = new Int32Array(0);
  private used = 0;

  /** The block the last run given by take() is in. */
  get block(): Int32Array {
    return this.current;
  }

  /** Where a run of `count` integers starts in `block` (a new block when the current one
   *  has no room left); the caller writes them. */
  take(count: number): number {
    if (this.used + count > this.current.length) {
      this.current = new Int32Array(Math.max(BLOCK, count));
      this.used = 0;
    }
    const at = this.used;
    this.used += count;
    return at;
  }
}
