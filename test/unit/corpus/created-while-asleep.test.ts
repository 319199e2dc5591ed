// The sleeping Sorot's watcher of created entries (created-while-asleep.ts): an `npm
// install` or a `git` run in the workspace costs no stat, a new folder is still found.
import assert from 'node:assert/strict';
import { newFolderCandidates, firstFolderAmong, READ_FOLDER_FROM, type FolderQuestions } from '../../../src/extension/services/created-while-asleep';

const same = (p: string) => p;

describe('entries created while Sorot sleeps (created-while-asleep.ts)', () => {
  it('drops an npm install and git\'s own files by name, so none of them is asked about', () => {
    const install = ['node_modules', ...Array.from({ length: 5000 }, (_, i) => `node_modules/pkg${i}/index.js`), 'web/node_modules/a', '.git/objects/ab', '.cache/x'];
    assert.deepEqual(newFolderCandidates(install, same), []);
  });

  it('keeps a new folder of articles and asks it before the files named as files', () => {
    const pull = ['berita/2025/a.txt', 'berita/2025/a.txt.sorot.json', 'berita/2025', 'node_modules/x', 'berita/v1.2'];
    assert.deepEqual(newFolderCandidates(pull, same), ['berita/2025', 'berita/2025/a.txt', 'berita/2025/a.txt.sorot.json', 'berita/v1.2']);
  });

  it('drops entries outside every workspace folder, and the workspace folder itself', () => {
    assert.deepEqual(newFolderCandidates(['a', 'b', 'c'], (p) => (p === 'a' ? undefined : p === 'b' ? '' : p)), ['c']);
  });

  it('stops asking at the first folder', async () => {
    const asked: string[] = [];
    const found = await firstFolderAmong(['a.txt', 'baru', 'lain'], questions((p) => (asked.push(p), p !== 'a.txt')));
    assert.equal(found, 'baru');
    assert.deepEqual(asked, ['a.txt', 'baru']);
    assert.equal(await firstFolderAmong(['a.txt'], questions(() => false)), undefined);
  });

  it('reads a folder many entries were created in once instead of asking each: a build writing into dist/', async () => {
    const build = Array.from({ length: 500 }, (_, i) => `dist/chunk${i}.js`);
    const log: string[] = [];
    assert.equal(await firstFolderAmong(build, questions(() => false, log)), undefined);
    assert.deepEqual(log, ['read dist']);
    // a new folder among them is still found, from the same read
    const withFolder = [...build, 'dist/assets'];
    const log2: string[] = [];
    assert.equal(await firstFolderAmong(withFolder, questions((p) => p === 'dist/assets', log2)), 'dist/assets');
    assert.deepEqual(log2, ['read dist']);
  });

  it('asks each entry when few were created in their folder', async () => {
    const few = Array.from({ length: READ_FOLDER_FROM - 1 }, (_, i) => `berita/a${i}.txt`);
    const log: string[] = [];
    assert.equal(await firstFolderAmong(few, questions(() => false, log)), undefined);
    assert.deepEqual(log, few.map((p) => `stat ${p}`));
  });

  it('takes an entry that another created entry is inside of as a folder, asking nothing', async () => {
    const log: string[] = [];
    assert.equal(await firstFolderAmong(['arsip/2023/a.txt', 'arsip/2023', 'arsip'], questions(() => false, log)), 'arsip/2023');
    assert.deepEqual(log, []);
  });
});

/** Answers from `isFolder` (and, for a read folder, the paths `folders` lists), logging
 *  each stat and each read of a folder. */
function questions(isFolder: (path: string) => boolean, log: string[] = [], folders: readonly string[] = ['dist/assets']): FolderQuestions<string> {
  const parent = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('/')));
  return {
    pathOf: same,
    isFolder: async (p) => (log.push(`stat ${p}`), isFolder(p)),
    foldersBeside: async (p) => {
      log.push(`read ${parent(p)}`);
      // the folders in it now, as `folders` (and `isFolder`) say
      return new Set(folders.filter((f) => parent(f) === parent(p) && isFolder(f)).map((f) => f.slice(f.lastIndexOf('/') + 1)));
    },
  };
}
