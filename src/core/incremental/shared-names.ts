// The names of the summaries read from one cache shard, without an array per summary.
// A shard writes each distinct name once (its string table) and each summary's names as
// positions in it. Read back as an array of strings per summary, those were 100,000
// arrays of about fifty pointers at 100,000 articles, every one of them copied by the
// young generation's collections and again into the old one: a summary read from the
// cache keeps its positions in a block of an Int32Array that the shard's summaries share
// (outside the JavaScript heap, never copied) and looks its names up in the table.

/** A summary's names as a cache shard holds them: name k is `table[refs[at + k]]`. */
export interface SharedNames {
  readonly table: readonly string[];
  readonly refs: Int32Array;
  readonly at: number;
  readonly count: number;
}

/** Positions handed out from one block: 16k of them (64 kB) hold the names of about 300
 *  summaries, and a shard leaves at most the end of one block unused; a summary with
 *  more names than that gets a block of its own. */
const BLOCK = 16 * 1024;

/** Hands out runs of positions, each run in one block, blocks filled one after another. */
export class NameRefBlocks {
  private current = new Int32Array(0);
  private used = 0;

  /** The block the last run given by take() is in. */
  get block(): Int32Array {
    return this.current;
  }

  /** Where a run of `count` positions starts in `block` (a new block when the current
   *  one has no room left). */
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
