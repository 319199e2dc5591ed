// Speed guards measure growth, not time: how much more CPU a piece of work takes on four
// times the input. A loaded machine slows both sizes alike (a CI run beside other work took
// 4.4 s of CPU where a quiet run takes 1.8 s, linear either way), so a time limit fails on a
// busy machine and passes a quadratic walk on a fast one; the ratio does neither.

import v8 from 'node:v8';
import vm from 'node:vm';

// A real gc() without restarting node with --expose-gc (as bench/analyze.bench.ts does): each
// timed run starts with a clean heap, so one run does not pay for the garbage of the one
// before (the 4n run's copies made a linear walk measure 5-7x under load, near the limit).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** The limit the guards use: a linear walk grows 4-5x (garbage collection of the longer
 *  input adds a little), the quadratic ones they caught 11-16x. */
export const LINEAR_GROWTH_LIMIT = 8;

/** CPU milliseconds of `work()` (process CPU, not the clock: the machine is shared). */
export function cpuMsOf(work: () => void): number {
  const cpu0 = process.cpuUsage();
  work();
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1000;
}

/** How much more CPU `workOn(4n)` takes than `workOn(n)`, after a warm-up (a cold first run
 *  costs up to 2x), the better of `tries` each: process CPU counts the collector's threads,
 *  and one collection landing in a single run (seen under load) is not the walk's cost. */
export function cpuGrowth(workOn: (n: number) => void, n: number, tries = 2): number {
  const best = (size: number) => {
    let min = Infinity;
    for (let t = 0; t < tries; t++) {
      gc();
      min = Math.min(min, cpuMsOf(() => workOn(size)));
    }
    return min;
  };
  workOn(n);
  return best(4 * n) / best(n);
}
