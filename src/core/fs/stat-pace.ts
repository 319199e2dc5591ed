// Whether synchronous stats are still quick enough to make on the extension host's
// thread (node-article-files.ts): a local disk's cached metadata answers in
// microseconds, a network mount or a disk waking up in milliseconds, and then every
// stat must go to the thread pool. Judged by the median of a window of stats, not their
// average: on a busy machine (two cores, load 3 to 8) the operating system takes the
// core away from the thread now and then, and one stat that waited 16 ms for it made
// the average of 64 quick stats 0.25 ms. The editor bench's warm reopen then stat'ed
// 30,000 cached articles through the thread pool (half of its time after the cache read).

/** Stats judged together. */
export const STAT_WINDOW = 64;
/** A window whose median stat took longer than this ends the synchronous stats. */
export const SLOW_STAT_MS = 0.25;

export class StatPace {
  private readonly window: number[] = [];
  private quick = true;

  /** True while synchronous stats are quick; once false, it stays false. */
  get isQuick(): boolean {
    return this.quick;
  }

  /** Notes how long one synchronous stat took. */
  note(ms: number): void {
    if (!this.quick) return;
    this.window.push(ms);
    if (this.window.length < STAT_WINDOW) return;
    const sorted = this.window.sort((a, b) => a - b);
    if ((sorted[sorted.length >> 1] as number) > SLOW_STAT_MS) this.quick = false;
    this.window.length = 0;
  }
}
