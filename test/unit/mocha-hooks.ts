// Root hooks for every unit test (.mocharc.json "require").
import os from 'node:os';
import type { Context } from 'mocha';
import { restoreOutput } from './export/cli-run';

/**
 * How much slower than an idle machine this one runs now: the load average over the
 * processors, at least 1. The tests' timeouts are guards against a hang (a worker that
 * never answers, a lock never released), not speed targets (those are benchmarks), so a
 * machine shared with other jobs gets them stretched: at a load of 15 on 2 cores, a CLI
 * export that takes 20 s idle took over 60 s and failed for no fault of its own.
 */
export function busyFactor(load = os.loadavg()[0], cores = os.availableParallelism()): number {
  return Math.max(1, load / cores);
}

export const mochaHooks = {
  beforeEach(this: Context): void {
    const test = this.currentTest;
    const ms = test?.timeout() ?? 0;
    if (test && ms > 0) test.timeout(Math.round(ms * busyFactor()));
  },
  /** A test that timed out while a CLI run had stdout captured must not silence the
   *  reporter for the rest of the suite (export/cli-run.ts). */
  afterEach(): void {
    restoreOutput();
  },
};
