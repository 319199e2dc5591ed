import assert from 'node:assert/strict';
import { mapAtMost } from '../../../src/core/async/map-at-most';

describe('mapAtMost (asynchronous work, a bounded number at once)', () => {
  it('gives the results in the order of the items, whatever order the work ends in', async () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    // Later items end sooner: item i waits (50 - i) turns of the event loop.
    const turns = async (n: number) => {
      for (let k = 0; k < n; k++) await new Promise<void>((r) => setImmediate(r));
    };
    assert.deepEqual(await mapAtMost(items, 7, async (i) => (await turns(50 - i), i * 2)), items.map((i) => i * 2));
  });

  it('never has more than `limit` under way, and starts the next as soon as one ends', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const done = await mapAtMost(Array.from({ length: 40 }, (_, i) => i), 4, async (i) => {
      started.push(i);
      most = Math.max(most, ++running);
      await new Promise<void>((r) => setImmediate(r));
      running--;
      return i;
    });
    assert.equal(done.length, 40);
    assert.equal(most, 4);
    assert.deepEqual(started, done, 'the items start in their order');
  });

  it('handles an empty list and a limit above the number of items', async () => {
    assert.deepEqual(await mapAtMost([], 16, async (x: number) => x), []);
    assert.deepEqual(await mapAtMost([1, 2], 16, async (x) => x + 1), [2, 3]);
  });

  it('rejects with the first failure', async () => {
    await assert.rejects(mapAtMost([1, 2, 3], 2, async (x) => {
      if (x === 2) throw new Error('unreadable');
      return x;
    }), /unreadable/);
  });
});
