import * as assert from 'node:assert/strict';
import { groupByFolder, splitRelativePath } from '../../../src/core/articles/folder-groups';

describe('core/articles/folder-groups', () => {
  it('splits a relative path into folder and file name', () => {
    assert.deepEqual(splitRelativePath('a/b/c.txt'), { folder: 'a/b', fileName: 'c.txt' });
    assert.deepEqual(splitRelativePath('c.txt'), { folder: '', fileName: 'c.txt' });
    assert.deepEqual(splitRelativePath('a\\c.txt'), { folder: 'a', fileName: 'c.txt' });
  });

  it('puts the workspace folder first, then folders by path, files in numeric order', () => {
    const paths = ['z/2.txt', '10-b.txt', 'a/x.txt', '2-a.txt', 'z/10.txt', 'a/b/y.txt'];
    const groups = groupByFolder(paths, (p) => p);
    assert.deepEqual(
      groups.map((g) => [g.folder, g.items]),
      [['', ['2-a.txt', '10-b.txt']], ['a', ['a/x.txt']], ['a/b', ['a/b/y.txt']], ['z', ['z/2.txt', 'z/10.txt']]],
    );
  });

  it('returns no groups for no articles', () => {
    assert.deepEqual(groupByFolder([], (p: string) => p), []);
  });
});
