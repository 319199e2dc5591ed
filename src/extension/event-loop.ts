// The extension host's one thread: long work yields to its event loop between slices
// (core/incremental/time-slices.ts) so typing, views and the workbench's messages are
// served meanwhile (issue 19: no task over 16 ms).
import { TimeSlices } from '../core/incremental/time-slices';

/** Tasks waiting to run their next slice, first come first served. */
const waiting: Array<() => void> = [];
/** A resumeOne is queued: a task waits for its turn, or one ran its slice in the last
 *  turn (resumeOne then looks once more, a turn later, before it stops). */
let scheduled = false;

/**
 * Resolves after the events already waiting have run (setImmediate; the web build's
 * shim, web/timers-shim.ts, does the same without a timer's clamp). One waiting task
 * resumes per turn of the event loop: each task's slices keep to their budget, but the
 * indexer, two listings and a view ranking that all resumed in one turn made one block
 * of their slices together (the editor bench saw 50-60 ms blocks of 8 ms slices).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(resumeOne);
    }
  });
}

function resumeOne(): void {
  const next = waiting.shift();
  // Queued from inside an immediate, the next one runs in the next turn of the loop. After
  // a slice it runs once more even when nobody waits: until that turn, the slice just run
  // counts as a task in the way (othersWaiting), so a read that completes in the next
  // poll phase does not go on right behind it in one block of both.
  if (next) setImmediate(resumeOne);
  else scheduled = false;
  next?.();
}

/** A slice's budget on the extension host. A garbage collection may fall into any slice
 *  and lengthen it: at 100,000 articles, most blocks over a frame held a collection of
 *  5-30 ms on top of a slice of 6-8 ms (editor bench profile, bench/blocks-summary.ts),
 *  so the slice leaves most of the 16 ms to it. */
export const HOST_SLICE_MS = 4;

/** Slices of `budgetMs` that yield to the event loop. The first begins in a turn of its
 *  own (the first due() pauses): the task that makes them may have worked already (the
 *  last slice of another loop, the callback of a read), and a full slice on top of that
 *  was one block of both (editor bench, 10,000 articles: the cache's check of the listed
 *  files' stamps after the listing's last slice, 14 ms of CPU). */
export function hostSlices(budgetMs = HOST_SLICE_MS, every?: number): TimeSlices {
  return new TimeSlices(yieldToEventLoop, budgetMs, () => performance.now(), every, othersWaiting).spend();
}

/** Whether sliced tasks wait for their turn, or one ran its slice in the turn just
 *  before (TimeSlices.afterWait pauses only then). Not `waiting.length > 0` alone: the
 *  last slice of a task leaves the queue empty, and a read completing in the next poll
 *  phase went on right after that slice, with no turn between them (the event-loop unit
 *  test failed so, 6 runs in 100 at load 7). */
export function othersWaiting(): boolean {
  return scheduled;
}
