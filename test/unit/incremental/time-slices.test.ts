import assert from 'node:assert/strict';
import { eachInSteps, rangesInSteps, runSteps, sortInSlices, sortSteps, stepsWhile, TimeSlices, type Steps } from '../../../src/core/incremental/time-slices';
import { seededRandom } from '../../../src/core/text/seeded-random';

/** A clock that advances `step` ms each time it is read, and counts the pauses. */
function fakeSlices(budgetMs: number, step: number, every = 1): { slices: TimeSlices; pauses: () => number; longest: () => number } {
  let t = 0;
  let pauses = 0;
  let sliceStart = 0;
  let longest = 0;
  const now = () => (t += step);
  const slices = new TimeSlices(async () => {
    pauses++;
    longest = Math.max(longest, t - sliceStart);
    sliceStart = t;
  }, budgetMs, now, every);
  return { slices, pauses: () => pauses, longest: () => longest };
}

describe('TimeSlices (long work in slices of a few milliseconds)', () => {
  it('is due once the budget is used, and a new slice starts after the pause', async () => {
    const { slices, pauses } = fakeSlices(5, 1);
    const due: boolean[] = [];
    for (let i = 0; i < 6; i++) due.push(slices.due());
    assert.deepEqual(due, [false, false, false, false, true, true]);
    await slices.next();
    assert.equal(pauses(), 1);
    assert.equal(slices.due(), false, 'a fresh slice after the pause');
  });

  it('reads the clock only every n calls', () => {
    let reads = 0;
    const slices = new TimeSlices(async () => undefined, 5, () => (reads++, 0), 64);
    for (let i = 0; i < 640; i++) slices.due();
    assert.equal(reads, 1 + 10, 'once at the start, then once per 64 calls');
  });

  it('counts an item of many items\' work as that many calls', () => {
    let reads = 0;
    const slices = new TimeSlices(async () => undefined, 5, () => (reads++, 0), 64);
    for (let i = 0; i < 10; i++) slices.due(100);
    for (let i = 0; i < 64; i++) slices.due();
    assert.equal(reads, 1 + 10 + 1, 'once at the start, once per item of 100, once for 64 items of one');
  });

  it('spend() makes the next due() true, whatever the clock, and the pause starts a fresh slice', async () => {
    const { slices, pauses } = fakeSlices(5, 1, 64);
    slices.spend();
    assert.equal(slices.due(), true, 'read the clock at once, not after 64 calls');
    await slices.next();
    assert.equal(pauses(), 1);
    for (let i = 0; i < 3; i++) assert.equal(slices.due(), false);
  });

  it('afterWait() pauses (the work goes on in the sliced tasks\' turn) and starts a fresh slice', async () => {
    const { slices, pauses } = fakeSlices(5, 1);
    for (let i = 0; i < 4; i++) slices.due();
    await slices.afterWait();
    assert.equal(pauses(), 1);
    assert.equal(slices.due(), false, 'the budget is the new slice\'s');
  });

  it('afterWait() goes on without a pause when no other sliced task waits for its turn', async () => {
    let pauses = 0;
    let waiting = false;
    let t = 0;
    const slices = new TimeSlices(async () => void pauses++, 5, () => t, 1, () => waiting);
    t = 4;
    await slices.afterWait();
    assert.equal(pauses, 0, 'nobody waiting: a turn behind nobody is time lost');
    assert.equal(slices.due(), false, 'a fresh slice in this task');
    waiting = true;
    await slices.afterWait();
    assert.equal(pauses, 1, 'another task waiting: its slice must not share this turn');
  });

  it('check() pauses only when due', async () => {
    const { slices, pauses } = fakeSlices(3, 1);
    for (let i = 0; i < 10; i++) await slices.check();
    assert.ok(pauses() >= 2 && pauses() <= 4, `${pauses()} pauses`);
  });
});

describe('TimeSlices shared by tasks that do synchronous work (a loop and its reads)', () => {
  /** A clock moved only by the work (each step says what it costs), and a pause that
   *  yields to the event loop and notes how long the slice before it was. */
  function sharedSlices(budgetMs: number): { slices: TimeSlices; work: (ms: number) => void; pauses: () => number; slicesMs: () => number[] } {
    let t = 0;
    let sliceStart = 0;
    const lengths: number[] = [];
    const slices = new TimeSlices(async () => {
      lengths.push(t - sliceStart);
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = t;
    }, budgetMs, () => t, 1);
    return { slices, work: (ms) => void (t += ms), pauses: () => lengths.length, slicesMs: () => [...lengths, t - sliceStart] };
  }

  it('64 reads that each stat synchronously, started at once, keep to the budget together', async () => {
    // Each read checks the budget, then stats (2 ms: a disk busy with an export's
    // writes). Unchecked, the 64 stats were one block of 128 ms.
    const { slices, work, pauses, slicesMs } = sharedSlices(8);
    let statted = 0;
    await Promise.all(Array.from({ length: 64 }, async () => {
      await Promise.resolve(); // the read's first await (is there an annotation file?)
      while (slices.due()) await slices.next();
      work(2);
      statted++;
    }));
    assert.equal(statted, 64);
    assert.ok(Math.max(...slicesMs()) <= 8 + 2, `slices of ${slicesMs().join(', ')} ms`);
    // The reads waiting share one pause: about 128 / 8 of them, not one pause a read.
    assert.ok(pauses() >= 14 && pauses() <= 17, `${pauses()} pauses`);
  });

  it('a loop and its reads share the budget: work of both counts in the turn', async () => {
    const { slices, work, slicesMs } = sharedSlices(8);
    const reads = Promise.all(Array.from({ length: 32 }, async () => {
      await Promise.resolve();
      while (slices.due()) await slices.next();
      work(1);
    }));
    for (let article = 0; article < 20; article++) {
      await Promise.resolve(); // the analysis awaits: the reads' microtasks run here
      work(3);
      while (slices.elapsed() + 3 > 8) await slices.next();
    }
    await reads;
    assert.ok(Math.max(...slicesMs()) <= 8 + 3, `slices of ${slicesMs().join(', ')} ms`);
  });

  it('await check() lets every task pass before any works: side by side they check with while (due())', async () => {
    const { slices, work, slicesMs } = sharedSlices(8);
    await Promise.all(Array.from({ length: 8 }, async () => {
      await slices.check();
      work(2);
    }));
    assert.deepEqual(slicesMs(), [16], 'check() awaited a microtask even when not due: no task saw the budget spent');
  });

  it('a caller that joins a pause under way does not pause again when the budget is left', async () => {
    const { slices, pauses } = sharedSlices(8);
    await Promise.all([slices.next(), slices.next(), slices.next()]);
    assert.equal(pauses(), 1);
  });
});

describe('sortInSlices', () => {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

  it('sorts as Array.prototype.sort does, equal items in their order (stable)', async () => {
    const rnd = seededRandom(7);
    for (const n of [0, 1, 2, 15, 16, 17, 100, 1000, 4097]) {
      const items = Array.from({ length: n }, (_, i) => ({ key: `artikel-${Math.floor(rnd() * n / 3)}`, i }));
      const cmp = (a: { key: string }, b: { key: string }) => collator.compare(a.key, b.key);
      const { slices } = fakeSlices(1000, 0);
      assert.deepEqual(await sortInSlices(items, cmp, slices), [...items].sort(cmp), `n=${n}`);
    }
  });

  it('sorts a sorted list with about a comparison per item', async () => {
    const items = Array.from({ length: 4096 }, (_, i) => i);
    let comparisons = 0;
    const { slices } = fakeSlices(1000, 0);
    const sorted = await sortInSlices(items, (a, b) => (comparisons++, a - b), slices);
    assert.deepEqual(sorted, items);
    assert.ok(comparisons < 1.1 * items.length, `${comparisons} comparisons`);
    const reversed = [...items].reverse();
    assert.deepEqual(await sortInSlices(reversed, (a, b) => a - b, slices), items);
  });

  it('leaves its input alone', async () => {
    const items = [3, 1, 2];
    const { slices } = fakeSlices(1000, 0);
    assert.deepEqual(await sortInSlices(items, (a, b) => a - b, slices), [1, 2, 3]);
    assert.deepEqual(items, [3, 1, 2]);
  });

  it('pauses whenever a slice is due, so none runs past its budget by more than a clock step', async () => {
    const rnd = seededRandom(3);
    const items = Array.from({ length: 5000 }, () => rnd());
    const fake = fakeSlices(4, 0.01);
    const sorted = await sortInSlices(items, (a, b) => a - b, fake.slices);
    assert.deepEqual(sorted, [...items].sort((a, b) => a - b));
    assert.ok(fake.pauses() > 5, `${fake.pauses()} pauses`);
    assert.ok(fake.longest() <= 4 + 64 * 0.01 + 1e-9, `longest slice ${fake.longest()} ms`);
  });

  it('keeps to the budget when the comparisons are what costs (a collator over long paths)', async () => {
    const rnd = seededRandom(11);
    const items = Array.from({ length: 5000 }, () => rnd());
    let t = 0;
    let sliceStart = 0;
    let longest = 0;
    // The clock moves only with the comparisons (30 µs each, as a collator over 10,000
    // URIs in the editor bench); it is read every 64 checks.
    const slices = new TimeSlices(async () => {
      longest = Math.max(longest, t - sliceStart);
      sliceStart = t;
    }, 8, () => t, 64);
    const sorted = await sortInSlices(items, (a, b) => ((t += 0.03), a - b), slices);
    longest = Math.max(longest, t - sliceStart);
    assert.deepEqual(sorted, [...items].sort((a, b) => a - b));
    // At most 64 checks past the budget, each after one insertion (at most 15 comparisons);
    // a check a run of 16 let 64 runs (about 4,000 comparisons, 120 ms) pass unchecked.
    assert.ok(longest <= 8 + 64 * 15 * 0.03 + 1e-9, `longest slice ${longest.toFixed(3)} ms`);
  });
});

describe('sortSteps', () => {
  it('a sorted list of a million is merged in steps too (its merge is all copies), each weighing its work', () => {
    const items = Array.from({ length: 1 << 20 }, (_, i) => i);
    const steps = sortSteps(items, (a, b) => a - b);
    let count = 0, heaviest = 0;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        assert.deepEqual(step.value, items);
        break;
      }
      count++;
      heaviest = Math.max(heaviest, step.value ?? 1);
    }
    // The runs' insertions: about n comparisons, n/16 steps; then 16 merge passes of n
    // copies, sixteen to a comparison, a step at least every pair of runs once they are
    // large. (A step an insertion and none in the merges made 15n/16 steps, then a merge
    // phase of 158 ms in one step.)
    const n = 1 << 20;
    assert.ok(count > 1.2 * n / 16 && count < 3 * n / 16, `${count} steps`);
    assert.ok(heaviest < 16 + 16 + (1 << 20) / 16, `heaviest step ${heaviest}`);
  });

  it('runs in slices that read the clock as often as a step a comparison would', async () => {
    let comparisons = 0, reads = 0;
    const slices = new TimeSlices(async () => {}, 1e9, () => (reads++, 0), 64);
    const items = Array.from({ length: 4096 }, (_, i) => (i * 7919) % 4096);
    await sortInSlices(items, (a, b) => (comparisons++, a - b), slices);
    // The clock is read once every 64 items of work: a comparison is one, sixteen copies one.
    assert.ok(reads >= 0.9 * comparisons / 64 && reads <= comparisons / 64 + 64, `${reads} reads for ${comparisons} comparisons`);
  });
});

describe('stepsWhile (work a newer request made useless stops)', () => {
  function* count(to: number, done: number[]): Steps<number> {
    for (let i = 0; i < to; i++) {
      done.push(i);
      yield;
    }
    return to;
  }

  it('runs to the end while wanted, and stops between two steps once not', () => {
    assert.equal(runSteps(stepsWhile(count(5, []), () => true)), 5);
    const done: number[] = [];
    let wanted = true;
    const steps = stepsWhile(count(100, done), () => wanted);
    steps.next();
    steps.next();
    wanted = false;
    assert.deepEqual(steps.next(), { done: true, value: undefined });
    assert.deepEqual(done, [0, 1, 2], 'no step after the one under way when it stopped being wanted');
  });
});

describe('eachInSteps (costly items, a clock reading after every step)', () => {
  it('calls each item once, in order, a step per group of items, each weighing its items', () => {
    const seen: number[] = [];
    const weights: (number | void)[] = [];
    const steps = eachInSteps(Array.from({ length: 300 }, (_, i) => i), (i) => void seen.push(i));
    for (let step = steps.next(); !step.done; step = steps.next()) weights.push(step.value);
    assert.deepEqual(seen, Array.from({ length: 300 }, (_, i) => i));
    assert.ok(weights.length >= 2 && weights.length <= 10, `${weights.length} steps for 300 items`);
    // A weight of at least TimeSlices' default `every`: the clock is read after each step.
    for (const w of weights) assert.ok(typeof w === 'number' && w >= 64);
  });

  it('takes no step for no items', () => {
    assert.equal(runSteps(eachInSteps([], () => assert.fail('no item'))), undefined);
  });
});

describe('rangesInSteps (a caller\'s own loop over each step\'s range)', () => {
  it('covers [0, count) once, in order, in adjacent ranges a step each, each weighing its items', () => {
    const ranges: [number, number][] = [];
    const weights: (number | void)[] = [];
    const steps = rangesInSteps(300, (from, to) => void ranges.push([from, to]));
    for (let step = steps.next(); !step.done; step = steps.next()) weights.push(step.value);
    assert.equal(ranges[0][0], 0);
    assert.equal(ranges[ranges.length - 1][1], 300);
    for (let k = 1; k < ranges.length; k++) assert.equal(ranges[k][0], ranges[k - 1][1], 'adjacent, no gap or overlap');
    assert.ok(ranges.length >= 2 && ranges.length <= 10, `${ranges.length} ranges for 300 items`);
    assert.equal(weights.length, ranges.length, 'a step per range');
    for (const w of weights) assert.ok(typeof w === 'number' && w >= 64);
  });

  it('takes no step for no items', () => {
    assert.equal(runSteps(rangesInSteps(0, () => assert.fail('no range'))), undefined);
  });
});
