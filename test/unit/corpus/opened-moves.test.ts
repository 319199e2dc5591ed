// The files opened as articles ("This File Only") follow renames and deletions
// (opened-moves.ts): no ghost stays on the remembered list, and a renamed article stays one.
import assert from 'node:assert/strict';
import { openedAt, openedMoved, openedWithout } from '../../../src/core/corpus/opened-moves';
import type { FileOnlyList } from '../../../src/core/corpus/corpus-start';

const A = 'file:///home/peneliti/berita';
const B = 'file:///home/peneliti/arsip';
const LIST: FileOnlyList = { [A]: ['2024/jalur-sepeda.txt', '2024/pasar.txt', 'catatan/rapat.txt'], [B]: ['lama.txt'] };

describe('opened files follow renames and deletions', () => {
  it('a renamed file keeps its place on the list under the new name', () => {
    const moved = openedMoved(LIST, { folder: A, path: '2024/pasar.txt' }, { folder: A, path: '2024/pasar-malam.txt' });
    assert.deepEqual(moved, { [A]: ['2024/jalur-sepeda.txt', 'catatan/rapat.txt', '2024/pasar-malam.txt'], [B]: ['lama.txt'] });
  });

  it('a renamed folder carries every listed file below it, and only those', () => {
    const moved = openedMoved(LIST, { folder: A, path: '2024' }, { folder: A, path: 'arsip/2024' });
    assert.deepEqual(moved[A], ['catatan/rapat.txt', 'arsip/2024/jalur-sepeda.txt', 'arsip/2024/pasar.txt']);
    // a folder whose name only begins the listed one's ('202' of '2024') is another folder
    assert.equal(openedMoved(LIST, { folder: A, path: '202' }, { folder: A, path: 'x' }), LIST);
  });

  it('a file moved to another workspace folder leaves the first and joins the second', () => {
    const moved = openedMoved(LIST, { folder: B, path: 'lama.txt' }, { folder: A, path: 'lama.txt' });
    assert.deepEqual(moved, { [A]: ['2024/jalur-sepeda.txt', '2024/pasar.txt', 'catatan/rapat.txt', 'lama.txt'] });
  });

  it('a rename of a file nobody opened as an article leaves the list as it is (the same object)', () => {
    assert.equal(openedMoved(LIST, { folder: A, path: 'lain.txt' }, { folder: A, path: 'lain-2.txt' }), LIST);
  });

  it('a deleted file leaves the list; a deleted folder names every listed file below it', () => {
    assert.deepEqual(openedWithout(LIST, [{ folder: A, path: 'catatan/rapat.txt' }])[A], ['2024/jalur-sepeda.txt', '2024/pasar.txt']);
    assert.deepEqual(openedAt(LIST, { folder: A, path: '2024' }), [{ folder: A, path: '2024/jalur-sepeda.txt' }, { folder: A, path: '2024/pasar.txt' }]);
    assert.deepEqual(openedAt(LIST, { folder: A, path: '' }).length, 3, 'the workspace folder itself holds all of its files');
  });

  it('the last file of a workspace folder gone: that folder leaves the list', () => {
    assert.deepEqual(openedWithout(LIST, [{ folder: B, path: 'lama.txt' }]), { [A]: LIST[A] });
    assert.equal(openedWithout(LIST, [{ folder: B, path: 'baru.txt' }]), LIST, 'nothing listed gone: the same list');
  });
});
