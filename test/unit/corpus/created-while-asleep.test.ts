// The sleeping Sorot's watcher of created entries (created-while-asleep.ts): an `npm
// install` or a `git` run in the workspace costs no stat, a new folder is still found.
import assert from 'node:assert/strict';
import { newFolderCandidates, firstFolderAmong } from '../../../src/extension/services/created-while-asleep';

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
    const found = await firstFolderAmong(['a.txt', 'baru', 'lain'], async (p) => (asked.push(p), p !== 'a.txt'));
    assert.equal(found, 'baru');
    assert.deepEqual(asked, ['a.txt', 'baru']);
    assert.equal(await firstFolderAmong(['a.txt'], async () => false), undefined);
  });
});
