// topOf: the first items of a stable sort, from one pass, with many ties at the cut-off.
import assert from 'node:assert/strict';
import { topOf } from '../../../src/core/analysis/top-of';
import { runSteps } from '../../../src/core/incremental/time-slices';
import { seededRandom } from '../../../src/core/text/seeded-random';

describe('topOf (the first items of an order, in one pass of steps)', () => {
  it('gives the first `limit` of a stable sort, ties included, for any limit', () => {
    const rnd = seededRandom(11);
    for (let round = 0; round < 60; round++) {
      const items = Array.from({ length: Math.floor(rnd() * 3000) }, (_, i) => ({ count: Math.floor(rnd() * 4), i }));
      const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count; // ties keep the input order
      const limit = Math.floor(rnd() * 50) - 2;
      assert.deepEqual(runSteps(topOf(items, limit, byCount)), [...items].sort(byCount).slice(0, Math.max(0, limit)), `${items.length} items, limit ${limit}`);
    }
  });

  it('yields while it reads many items', () => {
    const steps = topOf(Array.from({ length: 10_000 }, (_, i) => i), 5, (a, b) => a - b);
    let pauses = 0;
    for (let s = steps.next(); !s.done; s = steps.next()) pauses++;
    assert.ok(pauses >= 9, `${pauses} pauses`);
  });
});
