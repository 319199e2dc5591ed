import assert from 'node:assert/strict';
import { aheadInOrder } from '../../../src/core/async/ahead-in-order';

async function* count(n: number, pulled?: number[]): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    pulled?.push(i);
    yield i;
  }
}

/** Resolves after `n` turns of the event loop. */
async function turns(n: number): Promise<void> {
  for (let k = 0; k < n; k++) await new Promise<void>((r) => setImmediate(r));
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('aheadInOrder (work started ahead on a stream, results in order)', () => {
  it('gives the results in the order of the items, whatever order the work ends in', async () => {
    // Later items end sooner.
    const out = await all(aheadInOrder(count(40), async (i) => (await turns(40 - i), i * 3), 8));
    assert.deepEqual(out, Array.from({ length: 40 }, (_, i) => i * 3));
  });

  it('never has more than `ahead` started and not yet handed on', async () => {
    let open = 0;
    let most = 0;
    for await (const done of aheadInOrder(count(50), async (i) => (most = Math.max(most, ++open), await turns(1), i), 5)) {
      assert.equal(typeof done, 'number');
      open--;
    }
    assert.equal(most, 5);
  });

  it('pulls the source only as far as the work ahead needs', async () => {
    const pulled: number[] = [];
    const it = aheadInOrder(count(100, pulled), async (i) => i, 4);
    assert.deepEqual((await it.next()).value, 0);
    assert.ok(pulled.length <= 5, `pulled ${pulled.length} items for the first result`);
    await it.return(undefined);
  });

  it('handles an empty stream and fewer items than `ahead`', async () => {
    assert.deepEqual(await all(aheadInOrder(count(0), async (i) => i, 8)), []);
    assert.deepEqual(await all(aheadInOrder(count(3), async (i) => i + 1, 8)), [1, 2, 3]);
  });

  it('fails at the turn of the failed item, after the results before it', async () => {
    const got: number[] = [];
    await assert.rejects(async () => {
      for await (const x of aheadInOrder(count(10), async (i) => {
        if (i === 6) throw new Error('unreadable');
        return i;
      }, 4)) got.push(x);
    }, /unreadable/);
    assert.deepEqual(got, [0, 1, 2, 3, 4, 5]);
  });
});
