// The extension host's one thread: long work yields to its event loop between slices
// (core/incremental/time-slices.ts) so typing, views and the workbench's messages are
// served meanwhile (issue 19: no task over 16 ms).
import { TimeSlices } from '../core/incremental/time-slices';

/** Resolves after the events already waiting have run (setImmediate; the web build's
 *  shim, web/timers-shim.ts, does the same without a timer's clamp). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Slices of `budgetMs` that yield to the event loop. */
export function hostSlices(budgetMs = 6, every?: number): TimeSlices {
  return new TimeSlices(yieldToEventLoop, budgetMs, () => performance.now(), every);
}
