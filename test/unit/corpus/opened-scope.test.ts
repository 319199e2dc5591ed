// "This File Only" in a workspace nobody marked as a corpus: the scope is limited to the
// files the researcher opened as articles, so the Articles and Actors views describe
// those and not every .txt of the folder (the awake Sorot counted all of them).
import assert from 'node:assert/strict';
import { corpusScope, corpusSettings } from '../../../src/core/corpus/scope';
import { matchesGlob } from '../../../src/core/corpus/glob';

const defaults = corpusSettings({});

describe('corpus scope limited to the files opened as articles', () => {
  it('only the opened file is an article, not the other .txt files of its folder', () => {
    const scope = corpusScope(defaults, [], ['berita/2024/jalur-sepeda.txt']);
    assert.ok(scope.isArticle('berita/2024/jalur-sepeda.txt'));
    assert.ok(!scope.isArticle('berita/pasar-malam.txt'));
    assert.ok(!scope.isArticle('a.txt'));
    assert.deepEqual(scope.opened, ['berita/2024/jalur-sepeda.txt']);
  });

  it('nothing opened: nothing is an article and nothing is listed (a view or command woke Sorot)', () => {
    const scope = corpusScope(defaults, [], []);
    assert.ok(!scope.isArticle('a.txt'));
    assert.ok(!scope.isArticle('berita/b.txt'));
    assert.deepEqual(scope.listGlobs(), []);
  });

  it('no limit given: the settings alone decide, as before', () => {
    const scope = corpusScope(defaults);
    assert.equal(scope.opened, undefined);
    assert.ok(scope.isArticle('berita/pasar-malam.txt'));
  });

  it('an opened file still obeys the other rules: sidecars, export copies, include, excludes', () => {
    const scope = corpusScope(defaults, ['ekspor'], ['a.sorot.json', 'ekspor/a.txt', 'catatan.md', 'node_modules/x/a.txt', 'b.txt']);
    assert.ok(!scope.isArticle('a.sorot.json'));
    assert.ok(!scope.isArticle('ekspor/a.txt'));
    assert.ok(!scope.isArticle('catatan.md'));
    assert.ok(!scope.isArticle('node_modules/x/a.txt'));
    assert.ok(scope.isArticle('b.txt'));
  });

  it('paths are compared as normalised ("./", backslashes), file names exactly', () => {
    const scope = corpusScope(defaults, [], ['./berita\\a.txt']);
    assert.ok(scope.isArticle('berita/a.txt'));
    assert.ok(!scope.isArticle('berita/A.txt'), 'another file on a case-sensitive disk');
  });

  it('lists each opened file by a literal glob (for findFiles and the watchers), glob characters escaped', () => {
    const scope = corpusScope(defaults, [], ['berita/a.txt', 'arsip/[2024] {draf}, *akhir*?.txt']);
    const [plain, special] = scope.listGlobs();
    assert.ok(matchesGlob('berita/a.txt', plain!));
    assert.ok(!matchesGlob('berita/b.txt', plain!));
    // VS Code's glob: a one-character class holds each special character literally
    assert.equal(special, 'arsip/[[]2024[]] [{]draf[}][,] [*]akhir[*][?].txt');
  });

  it('keeps the limit when the export folders become known', () => {
    const scope = corpusScope(defaults, [], ['berita/a.txt', 'ekspor/a.txt']).withExportFolders(['ekspor']);
    assert.ok(scope.isArticle('berita/a.txt'));
    assert.ok(!scope.isArticle('ekspor/a.txt'));
    assert.ok(!scope.isArticle('berita/b.txt'));
  });
});
