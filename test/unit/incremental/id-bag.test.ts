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

describe('IdBag at positions (a name restored from the cache)', () => {
  const table = Array.from({ length: 3000 }, (_, i) => `file:///korpus/artikel-${i}.txt`);
  const positions = () => Array.from({ length: 2500 }, (_, i) => (i * 7) % 3000);
  const eager = () => new IdBag(positions().map((k) => table[k]!));
  const lazy = () => {
    const asked: number[] = [];
    // A run in a block that other runs share, as the names file's are read (int32-runs.ts).
    const block = new Int32Array(2510).fill(-1);
    block.set(positions(), 4);
    const bag = IdBag.atPositions(block, 4, 2500, (k) => (asked.push(k), table[k]!));
    return { bag, asked };
  };

  it('answers as the bag of the same ids, without making their list to be read', () => {
    const { bag, asked } = lazy();
    const same = eager();
    assert.equal(bag.size, same.size);
    assert.equal(bag.last, same.last);
    assert.equal(bag.any(), same.any());
    assert.deepEqual([...bag], [...same]);
    asked.length = 0;
    assert.deepEqual([...bag], [...same], 'read again: the same ids, in the same order');
    assert.equal(asked.length, 2500, 'each id asked of the table as read, none kept');
  });

  it('changes as the bag of the same ids: adds, removes, empties', () => {
    const { bag } = lazy();
    const same = eager();
    for (const b of [bag, same]) {
      b.push('file:///korpus/baru.txt');
      assert.equal(b.delete(table[7]!), true);
      assert.equal(b.delete(table[7]!), false);
    }
    assert.equal(bag.size, same.size);
    assert.equal(bag.last, same.last);
    assert.deepEqual([...bag].sort(), [...same].sort());
    for (const id of [...same]) {
      assert.equal(bag.delete(id), true, id);
      same.delete(id);
    }
    assert.equal(bag.size, 0);
    assert.equal(bag.any(), undefined);
    assert.deepEqual([...bag], []);
  });

  it('of no positions is empty', () => {
    const bag = IdBag.atPositions([], 0, 0, () => assert.fail('nothing to ask'));
    assert.equal(bag.size, 0);
    assert.equal(bag.last, undefined);
    assert.equal(bag.any(), undefined);
    assert.deepEqual([...bag], []);
  });
});
