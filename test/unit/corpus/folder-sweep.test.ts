// A deleted folder's articles are forgotten in slices (folder-sweep.ts): the keys under it
// at any depth and no others, folders reported together swept in one pass.
import assert from 'node:assert/strict';
import { FolderSweep } from '../../../src/core/corpus/folder-sweep';
import { TimeSlices } from '../../../src/core/incremental/time-slices';

describe('FolderSweep', () => {
  const keyOf = (i: number): string => `file:///korpus/bagian-${i % 10}/sub-${i % 3}/artikel-${i}.txt`;

  function setUp(count: number): { keys: Map<string, number>; sweep: FolderSweep; swept: () => number; pauses: () => number } {
    const keys = new Map(Array.from({ length: count }, (_, i) => [keyOf(i), i] as [string, number]));
    let swept = 0;
    let pauses = 0;
    let clock = 0;
    const sweep = new FolderSweep({
      keys: () => keys.keys(),
      remove: (key) => keys.delete(key),
      swept: () => swept++,
      // A clock that moves a millisecond each reading: a slice of 4 ms is a few readings.
      slices: () => new TimeSlices(async () => void pauses++, 4, () => clock++, 16),
    });
    return { keys, sweep, swept: () => swept, pauses: () => pauses };
  }

  it('forgets the keys under the folders reported, at any depth, in slices', async () => {
    const { keys, sweep, swept, pauses } = setUp(2000);
    sweep.add('file:///korpus/bagian-3');
    sweep.add('file:///korpus/bagian-5/sub-1/');
    // Not a folder of any key: a file or a prefix of a folder's name.
    sweep.add('file:///korpus/bagian-7/sub-0/artikel-7.txt');
    sweep.add('file:///korpus/bagian-');
    await sweep.whenDone();
    const left = [...keys.values()];
    // 200 in bagian-3, 66 in bagian-5/sub-1 (i = 25 mod 30, 25 to 1975).
    assert.equal(left.length, 2000 - 200 - 66);
    assert.ok(left.every((i) => i % 10 !== 3 && !(i % 10 === 5 && i % 3 === 1)));
    assert.equal(swept(), 1, 'one pass for the folders reported together');
    assert.ok(pauses() > 10, `the sweep paused (${pauses()})`);
  });

  it('sweeps a folder reported during a sweep after it, and reports nothing when nothing went', async () => {
    const { keys, sweep, swept } = setUp(500);
    sweep.add('file:///korpus/bagian-1');
    sweep.add('file:///elsewhere');
    await Promise.resolve();
    sweep.add('file:///korpus/bagian-2');
    await sweep.whenDone();
    assert.ok([...keys.values()].every((i) => i % 10 !== 1 && i % 10 !== 2));
    assert.equal(keys.size, 400);
    assert.equal(swept(), 2);
    sweep.add('file:///elsewhere');
    await sweep.whenDone();
    assert.equal(swept(), 2);
  });
  it('leaves a key reported made again after its folder was reported deleted (one batch: the folder restored at once)', async () => {
    const { keys, sweep } = setUp(100);
    const restored = keyOf(1);
    const notRestored = keyOf(11);
    sweep.add('file:///korpus/bagian-1');
    sweep.keep(restored); // the same batch: the file made again
    await sweep.whenDone();
    assert.ok(keys.has(restored), 'the restored file stays');
    assert.ok(!keys.has(notRestored), 'the others under the folder go');
    assert.equal([...keys.values()].filter((i) => i % 10 === 1).length, 1);
  });

  it('forgets a revived key when its folder is reported deleted again, and keeps nothing once the sweep is done', async () => {
    const { keys, sweep } = setUp(100);
    const key = keyOf(1);
    sweep.add('file:///korpus/bagian-1');
    sweep.keep(key);
    sweep.add('file:///korpus/bagian-1/'); // deleted again after it was made
    await sweep.whenDone();
    assert.ok(!keys.has(key));
    // Outside a sweep, keep() remembers nothing: a later deletion takes the key.
    keys.set(key, 1);
    sweep.keep(key);
    sweep.add('file:///korpus/bagian-1');
    await sweep.whenDone();
    assert.ok(!keys.has(key));
  });
});
