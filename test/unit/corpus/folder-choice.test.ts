import * as assert from 'node:assert/strict';
import { folderChoice, pickOrder } from '../../../src/core/corpus/folder-choice';

describe('folder choice (the welcome of a workspace that is no corpus)', () => {
  it('offers the one workspace folder when it holds .txt files', () => {
    assert.equal(folderChoice([{ holdsArticles: true }]), 'one');
  });

  it('says so when no workspace folder holds a .txt file', () => {
    assert.equal(folderChoice([{ holdsArticles: false }]), 'none');
    assert.equal(folderChoice([{ holdsArticles: false }, { holdsArticles: false }]), 'none');
  });

  it('offers a pick of the folders of a multi-root workspace, even when one alone holds .txt files', () => {
    assert.equal(folderChoice([{ holdsArticles: true }, { holdsArticles: true }]), 'several');
    assert.equal(folderChoice([{ holdsArticles: false }, { holdsArticles: true }]), 'several');
  });

  it('offers nothing without a workspace folder (the welcome offers to open one)', () => {
    assert.equal(folderChoice([]), undefined);
  });

  it('lists folders holding .txt files first, each group in the workspace order', () => {
    const folders = [
      { name: 'catatan', holdsArticles: false },
      { name: 'berita', holdsArticles: true },
      { name: 'kode', holdsArticles: false },
      { name: 'arsip', holdsArticles: true },
    ];
    assert.deepEqual(pickOrder(folders).map((f) => f.name), ['berita', 'arsip', 'catatan', 'kode']);
  });
});
