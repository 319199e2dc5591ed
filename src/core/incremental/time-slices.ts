// Long work on the extension host's one thread, cut into slices of a few milliseconds
// with a yield to the event loop between them, so that typing, views and the workbench's
// messages are served meanwhile (issue 19: no task over 16 ms). Pure: the caller gives
// the yield (setImmediate in the extension) and, in tests, the clock.

export class TimeSlices {
  private start: number;
  private calls = 0;
  /** The pause under way. Tasks that share these slices (a loop and the reads it started,
   *  say) wait for the same pause and resume in the same turn, where the budget is theirs
   *  together: what each does before its next check counts, synchronous I/O included. */
  private pausing: Promise<void> | undefined;

  constructor(
    private readonly pause: () => Promise<void>,
    readonly budgetMs = 6,
    private readonly now: () => number = () => performance.now(),
    /** The clock is read once every this many calls of due(): reading it costs more than
     *  a comparison or a small item. */
    private readonly every = 64,
    /** Whether other sliced tasks wait for their turn (afterWait): without, they may. */
    private readonly othersWaiting: () => boolean = () => true,
  ) {
    this.start = now();
  }

  /** True when the slice has used its budget (then await next()). Cheap to call per item.
   *  An item that is the work of many (a name of 30,000 articles among names of one)
   *  counts as `items`: the clock is read once every `every` items' worth of work. */
  due(items = 1): boolean {
    this.calls += items;
    if (this.calls < this.every) return false;
    this.calls = 0;
    return this.now() - this.start >= this.budgetMs;
  }

  /** Yields to the event loop; a new slice starts when it comes back. A caller that finds
   *  a pause under way waits for the same one: the tasks that waited resume one after
   *  another in that turn, so each checks the budget again before it works
   *  (`while (slices.due()) await slices.next()`), and the budget stops them there. */
  async next(): Promise<void> {
    this.pausing ??= this.pause().then(() => {
      this.pausing = undefined;
      this.restart();
    });
    await this.pausing;
  }

  /** Marks this slice's budget as used: the next due() reads the clock and says so, and
   *  the work pauses before it does any more. Slices made in the middle of a task (after
   *  another loop's last slice, in an I/O callback) begin in a turn of their own so. */
  spend(): this {
    this.start = -Infinity;
    this.calls = this.every;
    return this;
  }

  /** Milliseconds since this slice started (reads the clock). */
  elapsed(): number {
    return this.now() - this.start;
  }

  /** A new slice starts now, in the task that is running (after an await whose wait
   *  was not work of this thread, where no other sliced task can run in the same turn:
   *  tests, the CLI). On the extension host use afterWait(). */
  restart(): void {
    this.start = this.now();
  }

  /** After an await that was not this slice's pause (a read, a worker's reply, a
   *  listing): the work goes on in a slice of its own, queued with the other sliced
   *  tasks (the pause), not in the task that woke it. An I/O callback runs in the turn
   *  before the sliced tasks' turn: a full slice started there and another task's slice
   *  after it were one block of both, under no task's budget (editor bench, 10,000
   *  articles: the listing's 8 ms and the cache's 6 ms were one block of 17 ms of CPU). */
  afterWait(): Promise<void> {
    // With no other task waiting, the turn holds no other slice: going on here costs no
    // frame, and a turn behind nobody is time lost (the quiet editor bench's cold index
    // and warm reopen were 30-80% slower with a pause after every wait).
    if (!this.othersWaiting()) {
      this.restart();
      return Promise.resolve();
    }
    return this.next();
  }

  /** Yields when the slice has used its budget. Awaiting it takes a microtask even when
   *  not due, so tasks running side by side all pass it before any of them works: they
   *  check with `if (slices.due()) await slices.next()` instead. */
  async check(): Promise<void> {
    if (this.due()) await this.next();
  }
}

/** Slices that never pause: the work runs through in one go (tests, the CLI, small lists). */
export function inOneGo(): TimeSlices {
  return new TimeSlices(() => Promise.resolve(), Infinity);
}

/** Work written once as a generator that yields between its steps (an article each,
 *  say), for callers that run it in one go (the CLI, tests) and callers on the extension
 *  host that run it in slices: one body, so both give the same result. A step may yield
 *  how many items of work it was (TimeSlices.due's `items`; one when it yields nothing):
 *  a sort resumed once a comparison spent more on resuming than on comparing. */
export type Steps<R> = Generator<number | void, R, void>;

/** Small items looked at between two steps: a step per item would cost more in resuming
 *  the generator than the item's own work. */
export const ITEMS_PER_STEP = 1024;

/** Items of some microseconds each (a KB entity whose names go into sets, a gazetteer's
 *  town made an entity) a step of eachInSteps: well under a millisecond warm, about one in
 *  code not compiled yet. */
const COSTLY_ITEMS_PER_STEP = 128;

/** `each` of the items in turn, as steps of COSTLY_ITEMS_PER_STEP items (each weighing as
 *  many for TimeSlices.due, which so reads the clock after every step). The loop over a
 *  step's items is an ordinary function's: V8 does not compile a long loop of a generator
 *  while it runs (no on-stack replacement), and the built-in KB's one-go build took 50 %
 *  longer with its loops written in generators. */
export function eachInSteps<T>(items: readonly T[], each: (item: T) => void): Steps<void> {
  return rangesInSteps(items.length, (from, to) => eachOf(items, from, to, each));
}

/** `range(from, to)` over `count` costly items, COSTLY_ITEMS_PER_STEP a step, as eachInSteps
 *  steps them: for a caller whose loop over a range is its own function. Several callers'
 *  items through eachInSteps's one loop make its call of `each` megamorphic (no inlining,
 *  a full call per item): the KB index's seven passes over 8,000 entities and 60,000 lists
 *  so cost its one-go build (CLI, workers) about a tenth more than loops of their own. */
export function* rangesInSteps(count: number, range: (from: number, to: number) => void): Steps<void> {
  for (let from = 0; from < count; from += COSTLY_ITEMS_PER_STEP) {
    range(from, Math.min(count, from + COSTLY_ITEMS_PER_STEP));
    yield COSTLY_ITEMS_PER_STEP;
  }
}

function eachOf<T>(items: readonly T[], from: number, to: number, each: (item: T) => void): void {
  for (let i = from; i < to; i++) each(items[i] as T);
}

/** The items in an array, as steps (millions of a large corpus's table rows). */
export function* arraySteps<T>(items: Iterable<T>): Steps<T[]> {
  const out: T[] = [];
  for (const item of items) if (out.push(item) % ITEMS_PER_STEP === 0) yield;
  return out;
}

/** Runs the steps to the end in one go. */
export function runSteps<R>(steps: Steps<R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The steps while `wanted()` holds (asked between two steps); undefined once it does
 *  not, the rest of the steps left undone (work a newer request made useless). */
export function* stepsWhile<R>(steps: Steps<R>, wanted: () => boolean): Steps<R | undefined> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (!wanted()) return undefined;
    yield step.value;
  }
}

/** Runs the steps, yielding to the event loop between two whenever the slice is due. */
export async function runStepsInSlices<R>(steps: Steps<R>, slices: TimeSlices): Promise<R> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slices.due(step.value ?? 1)) await slices.next();
  }
}

/** The comparisons that make a step of sortSteps (`work` there says how they are counted). */
const WORK_PER_STEP = 16;

/**
 * The items sorted as Array.prototype.sort would (stable), as steps: a bottom-up merge
 * sort. Sorting 100,000 file names with a collator takes a second; run in slices, every
 * slice stays within the budget.
 */
export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  const n = items.length;
  let src = items.slice();
  if (n < 2) return src;
  // Comparisons (and copies, sixteen to a comparison) since the last step: a step once
  // there are WORK_PER_STEP of them, weighing as many items, so the slices read the clock
  // as often as with a step a comparison (64 collator comparisons over long paths: 2 ms).
  let work = 0;
  // Runs of RUN items sorted by insertion first (fewer passes), then merged pairwise.
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(n, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const x = src[i] as T;
      let j = i - 1;
      while (j >= lo && compare(src[j] as T, x) > 0) {
        src[j + 1] = src[j] as T;
        j--;
      }
      src[j + 1] = x;
      // Counted by the item, not the run: a run of 16 is up to 120 comparisons, and 64
      // runs between two clock readings were 40-130 ms of collator comparisons (editor bench).
      work += i - j;
      if (work >= WORK_PER_STEP) {
        yield work;
        work = 0;
      }
    }
  }
  let dst = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      // Runs already in order (a list sorted before, with a few changes) are copied after
      // one comparison: sorting a sorted list costs a comparison per run.
      if (mid < hi && compare(src[mid - 1] as T, src[mid] as T) <= 0) i = j = hi;
      while (i < mid && j < hi) {
        // <= 0 takes the left one first: equal items keep their order (stable).
        dst[k++] = compare(src[i] as T, src[j] as T) <= 0 ? (src[i++] as T) : (src[j++] as T);
        if (++work >= WORK_PER_STEP) {
          yield work;
          work = 0;
        }
      }
      // What is left is copied (all of it when the two runs were in order already: a
      // sorted list's merge is all copies), sixteen copies counted as one comparison.
      const from = i === hi ? lo : k;
      if (i === hi) for (let x = lo; x < hi; x++) dst[x] = src[x] as T;
      else {
        while (i < mid) dst[k++] = src[i++] as T;
        while (j < hi) dst[k++] = src[j++] as T;
      }
      work += (hi - from) >> 4;
      if (work >= WORK_PER_STEP) {
        yield work;
        work = 0;
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/** `sortSteps` run in `slices`. */
export function sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number, slices: TimeSlices): Promise<T[]> {
  return runStepsInSlices(sortSteps(items, compare), slices);
}
