// Marking one folder of a workspace of several folders as the corpus (corpus49): the
// quick pick and "Use Folder as Corpus" wrote `sorot.corpus.folders: ["."]` into the
// .code-workspace file, which made every workspace folder a corpus, and a folder with no
// entry read as "all of it". corpusFoldersOf decides per workspace folder.
import assert from 'node:assert/strict';
import { corpusFoldersOf, corpusScope, corpusSettings, normaliseFolder, type FoldersSettingValues } from '../../../src/core/corpus/scope';

/** The scope of one workspace folder, its entries relative as written. */
function scopeOf(values: FoldersSettingValues, otherFolderMarked: boolean) {
  return corpusScope(corpusSettings({ folders: corpusFoldersOf(values, normaliseFolder, otherFolderMarked) }));
}

describe('corpus folders of a workspace of several folders (corpusFoldersOf)', () => {
  it('folder A marked in its own settings, folder B not: A\'s .txt files are articles, none of B\'s', () => {
    const a = scopeOf({ own: ['.'] }, false);
    const b = scopeOf({}, true);
    assert.ok(a.isArticle('liputan/banjir.txt'));
    assert.ok(!b.isArticle('catatan.txt'));
    assert.ok(!b.isArticle('sub/draf.txt'));
    assert.deepEqual(b.listGlobs(), [], 'nothing of B to list');
    assert.ok(b.excludesFolder('sub'), 'no walk below B\'s top');
  });

  it('a folder-level setting naming a subfolder holds for that folder only', () => {
    const a = scopeOf({ own: ['berita'] }, true); // B marked too: A's own list decides
    assert.ok(a.isArticle('berita/2024/a.txt'));
    assert.ok(!a.isArticle('catatan.txt'));
    assert.deepEqual(a.listGlobs(), ['berita/**/*.txt']);
  });

  it('a workspace-level setting (the .code-workspace file) holds for every folder that has none of its own', () => {
    assert.ok(scopeOf({ workspace: ['.'] }, false).isArticle('a.txt'));
    assert.ok(scopeOf({ workspace: ['.'] }, true).isArticle('a.txt'), 'another folder\'s own list does not undo the workspace\'s');
    const own = scopeOf({ own: ['berita'], workspace: ['.'] }, false);
    assert.ok(!own.isArticle('catatan.txt'), 'a folder\'s own list comes first, as in VS Code');
    assert.ok(own.isArticle('berita/a.txt'));
  });

  it('entries that all lie outside the workspace folder (absolute paths of another one) leave it out, not in whole', () => {
    const outside = (entry: string) => (entry.startsWith('/') ? undefined : normaliseFolder(entry));
    assert.equal(corpusFoldersOf({ workspace: ['/data/A'] }, outside, false), 'none');
    assert.deepEqual(corpusFoldersOf({ workspace: ['/data/A', 'berita'] }, outside, false), ['berita']);
  });

  it('a workspace of one folder reads as before: no entry, or an empty list, is the whole folder', () => {
    assert.deepEqual(corpusFoldersOf({}, normaliseFolder, false), []);
    assert.deepEqual(corpusFoldersOf({ own: [], workspace: [] }, normaliseFolder, false), []);
    assert.deepEqual(corpusFoldersOf({ own: ['.'], workspace: ['.'] }, normaliseFolder, false), ['']);
    assert.ok(scopeOf({}, false).isArticle('a.txt'));
    assert.deepEqual(scopeOf({}, false).listGlobs(), ['**/*.txt']);
  });

  it('a folder whose own list was emptied (its corpus folder removed) leaves the corpus while another folder is marked', () => {
    assert.equal(corpusFoldersOf({ own: [] }, normaliseFolder, true), 'none');
  });
});
