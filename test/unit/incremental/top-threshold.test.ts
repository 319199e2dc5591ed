// CountHistogram: the threshold that keeps every item that can be among the first
// `limit` when items are ordered by count first, checked against a full sort.
import assert from 'node:assert/strict';
import { CountHistogram } from '../../../src/core/incremental/top-threshold';
import { seededRandom } from '../../../src/core/text/seeded-random';

describe('CountHistogram', () => {
  it('keeps everything when there are no more items than the limit, or no limit', () => {
    const h = new CountHistogram();
    for (const c of [5, 1, 3]) h.add(c);
    assert.equal(h.threshold(3), -Infinity);
    assert.equal(h.threshold(10), -Infinity);
    assert.equal(h.threshold(0), -Infinity);
  });

  it('is the limit-th largest count, ties at it included', () => {
    const h = new CountHistogram();
    for (const c of [9, 7, 7, 7, 2, 1]) h.add(c);
    assert.equal(h.threshold(1), 9);
    assert.equal(h.threshold(2), 7);
    assert.equal(h.threshold(4), 7);
    assert.equal(h.threshold(5), 2);
  });

  it('keeps exactly the items a full sort could put among the first limit', () => {
    const rnd = seededRandom(7);
    for (let round = 0; round < 50; round++) {
      const counts = Array.from({ length: 1 + Math.floor(rnd() * 300) }, () => Math.floor(rnd() * 20));
      const limit = 1 + Math.floor(rnd() * 40);
      const h = new CountHistogram();
      for (const c of counts) h.add(c);
      const sorted = [...counts].sort((a, b) => b - a);
      const expected = counts.length <= limit ? -Infinity : (sorted[limit - 1] as number);
      assert.equal(h.threshold(limit), expected, `${counts.length} counts, limit ${limit}`);
    }
  });
});
