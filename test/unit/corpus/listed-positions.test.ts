import * as assert from 'node:assert/strict';
import { listedPositions } from '../../../src/extension/services/corpus/listed-positions';
import { inOneGo, TimeSlices } from '../../../src/core/incremental/time-slices';

describe('listedPositions (where a batch\'s files are in the listing with stamps)', () => {
  const files = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `file:///korpus/artikel-${i}.txt` }));
  const keyOf = (f: { id: string }) => f.id;

  it('gives each file\'s own position when the batch is the listing in its order, asking no key', async () => {
    const listed = files(1000);
    let keys = 0;
    const at = await listedPositions(listed, [...listed], (f) => (keys++, f.id), inOneGo());
    listed.forEach((f, k) => assert.equal(at(k, f.id), k));
    assert.equal(keys, 0);
  });

  it('finds the files by key when the batch is in another order or has more, and nothing for an unlisted one', async () => {
    const listed = files(1000);
    const extra = { id: 'file:///korpus/baru.txt' };
    const batch = [extra, ...listed.slice().reverse()];
    let pauses = 0;
    // Every look at the clock finds the budget used: the map is built in slices.
    const at = await listedPositions(listed, batch, keyOf, new TimeSlices(async () => void pauses++, 0, () => 0, 64));
    assert.equal(at(0, extra.id), undefined);
    batch.slice(1).forEach((f, k) => assert.equal(at(k + 1, f.id), 999 - k));
    assert.equal(pauses, Math.floor(1000 / 64));
  });

  it('does not take equal keys of other objects for the same files', async () => {
    const listed = files(3);
    const copies = files(3);
    const at = await listedPositions(listed, copies, keyOf, inOneGo());
    copies.forEach((f, k) => assert.equal(at(k, f.id), k, 'found by key'));
  });
});
