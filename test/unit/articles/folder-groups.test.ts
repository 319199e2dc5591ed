import * as assert from 'node:assert/strict';
import { bucketByFolder, groupByFolder, sortByFileName, splitRelativePath } from '../../../src/core/articles/folder-groups';
import { TimeSlices } from '../../../src/core/incremental/time-slices';
import { seededRandom } from '../../../src/core/text/seeded-random';

describe('core/articles/folder-groups', () => {
  it('splits a relative path into folder and file name', () => {
    assert.deepEqual(splitRelativePath('a/b/c.txt'), { folder: 'a/b', fileName: 'c.txt' });
    assert.deepEqual(splitRelativePath('c.txt'), { folder: '', fileName: 'c.txt' });
    assert.deepEqual(splitRelativePath('a\\c.txt'), { folder: 'a', fileName: 'c.txt' });
  });

  it('puts the workspace folder first, then folders by path, files in numeric order', async () => {
    const paths = ['z/2.txt', '10-b.txt', 'a/x.txt', '2-a.txt', 'z/10.txt', 'a/b/y.txt'];
    const groups = await groupByFolder(paths, (p) => p);
    assert.deepEqual(
      groups.map((g) => [g.folder, g.items]),
      [['', ['2-a.txt', '10-b.txt']], ['a', ['a/x.txt']], ['a/b', ['a/b/y.txt']], ['z', ['z/2.txt', 'z/10.txt']]],
    );
  });

  it('lists the folders in order without sorting their files, which sortByFileName then puts in the grouped order', async () => {
    const paths = ['z/2.txt', '10-b.txt', 'a/x.txt', '2-a.txt', 'z/10.txt', 'a/b/y.txt', 'z/1.txt'];
    const buckets = await bucketByFolder(paths, (p) => p);
    assert.deepEqual(buckets.map((g) => [g.folder, g.items]), [['', ['10-b.txt', '2-a.txt']], ['a', ['a/x.txt']], ['a/b', ['a/b/y.txt']], ['z', ['z/2.txt', 'z/10.txt', 'z/1.txt']]]);
    const grouped = await groupByFolder(paths, (p) => p);
    for (const [i, g] of buckets.entries()) assert.deepEqual(await sortByFileName(g.items, (p) => p), grouped[i]!.items, g.folder);
  });

  it('returns no groups for no articles', async () => {
    assert.deepEqual(await groupByFolder([], (p: string) => p), []);
  });

  it('groups the same in slices as in one go, pausing within the budget', async () => {
    const rnd = seededRandom(3);
    const paths = Array.from({ length: 3000 }, (_, i) => `${['', 'a/', 'b/c/', 'Z/'][Math.floor(rnd() * 4)]}artikel-${Math.floor(rnd() * 900)}-${i % 7}.txt`);
    let t = 0;
    let pauses = 0;
    const slices = new TimeSlices(async () => void pauses++, 3, () => t++, 1);
    assert.deepEqual(await groupByFolder(paths, (p) => p, slices), await groupByFolder(paths, (p) => p));
    assert.ok(pauses > 1000, `${pauses} pauses`);
  });
});
