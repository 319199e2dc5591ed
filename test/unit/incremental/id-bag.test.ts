import * as assert from 'node:assert/strict';
import { IdBag } from '../../../src/core/incremental/id-bag';

describe('IdBag (the articles naming one actor)', () => {
  const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `file:///korpus/artikel-${from + i}.txt`);

  it('holds what was added, over several chunks, and knows the last', () => {
    const bag = new IdBag(ids(2));
    for (const id of ids(2998, 2)) bag.push(id);
    assert.equal(bag.size, 3000);
    assert.deepEqual([...bag].sort(), ids(3000).sort());
    assert.equal(bag.last, 'file:///korpus/artikel-2999.txt');
  });

  it('removes any id, from any chunk, once; the rest stay', () => {
    const bag = new IdBag(ids(2500));
    const gone = ['file:///korpus/artikel-0.txt', 'file:///korpus/artikel-1500.txt', 'file:///korpus/artikel-2499.txt', 'file:///korpus/artikel-1024.txt'];
    // A copy of the id, not the same string: ids come from URIs made anew.
    for (const id of gone) assert.equal(bag.delete(`${id.slice(0, 8)}${id.slice(8)}`), true, id);
    assert.equal(bag.delete(gone[0]!), false, 'already removed');
    assert.equal(bag.delete('file:///korpus/lain.txt'), false, 'never added');
    assert.equal(bag.size, 2496);
    assert.deepEqual([...bag].sort(), ids(2500).filter((id) => !gone.includes(id)).sort());
  });

  it('empties and fills again', () => {
    const bag = new IdBag(ids(1030));
    for (const id of ids(1030)) assert.ok(bag.delete(id));
    assert.equal(bag.size, 0);
    assert.equal(bag.last, undefined, 'the last added is gone');
    assert.equal(bag.any(), undefined);
    assert.deepEqual([...bag], []);
    bag.push('a');
    assert.deepEqual([...bag], ['a']);
    assert.equal(bag.any(), 'a');
  });
});
