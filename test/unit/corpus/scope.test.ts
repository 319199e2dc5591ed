// Issue 11 points 7 and 8: one corpus scope. Each case below is a file on which two of
// the former definitions of "article" disagreed (the Articles view's glob + excludes,
// the corpus index's folders/include, the export's own glob reading without
// files.exclude, the annotation service's "any plain-text .txt"), or a copy an export
// wrote that came back as an article.
import assert from 'node:assert/strict';
import { corpusScope, corpusSettings, exportFolderOf, normaliseFolder } from '../../../src/core/corpus/scope';

const defaults = corpusSettings({});

describe('corpus scope (issue 11 points 7 and 8)', () => {
  it('with no setting, every .txt of the workspace is an article, as the Articles view always listed (the index and the language saw none)', () => {
    const scope = corpusScope(defaults);
    assert.ok(scope.isArticle('a.txt'));
    assert.ok(scope.isArticle('berita/2024/b.TXT'));
    assert.ok(!scope.isArticle('notes.md'));
  });

  it('sidecars, dot folders and node_modules are never articles', () => {
    const scope = corpusScope(corpusSettings({ include: '**/*' }));
    assert.ok(!scope.isArticle('a.sorot.json'));
    assert.ok(!scope.isArticle('a.rina.sorot.json'));
    assert.ok(!scope.isArticle('.sorot/exports/brat-20260101-000000/a.txt'));
    assert.ok(!scope.isArticle('lib/node_modules/x/readme.txt'));
    assert.ok(scope.isArticle('a.txt'));
  });

  it('files.exclude applies (the export and the agreement report ignored it), also to a folder pattern', () => {
    const scope = corpusScope(corpusSettings({ filesExclude: { '**/arsip': true, '**/*.bak.txt': true, 'off/**': false } }));
    assert.ok(!scope.isArticle('arsip/a.txt'));
    assert.ok(!scope.isArticle('berita/arsip/2020/a.txt'));
    assert.ok(!scope.isArticle('b.bak.txt'));
    assert.ok(scope.isArticle('off/a.txt'), 'an entry switched off excludes nothing');
  });

  it('named folders restrict the corpus to them; the root folder "." is all of it', () => {
    const scope = corpusScope(corpusSettings({ folders: ['berita/', './data\\2024'] }));
    assert.ok(scope.isArticle('berita/a.txt'));
    assert.ok(scope.isArticle('data/2024/x/a.txt'));
    assert.ok(!scope.isArticle('beritabaru/a.txt'));
    assert.ok(!scope.isArticle('README.txt'));
    assert.deepEqual(scope.listGlobs(), ['berita/**/*.txt', 'data/2024/**/*.txt']);
    assert.ok(corpusScope(corpusSettings({ folders: ['.'] })).isArticle('README.txt'));
    assert.deepEqual(corpusScope(corpusSettings({ folders: ['.'] })).listGlobs(), ['**/*.txt']);
  });

  it('a custom include is matched relative to the workspace folder', () => {
    const scope = corpusScope(corpusSettings({ include: 'korpus/**/*.txt' }));
    assert.ok(scope.isArticle('korpus/a.txt'));
    assert.ok(!scope.isArticle('lain/a.txt'));
    assert.deepEqual(scope.listGlobs(), ['korpus/**/*.txt']);
  });

  it('a folder holding an export manifest and everything below it are never articles, wherever it is (point 7)', () => {
    const scope = corpusScope(defaults, ['exports/brat-20260101-000000', 'berita/keluar']);
    assert.ok(!scope.isArticle('exports/brat-20260101-000000/01-a.txt'));
    assert.ok(!scope.isArticle('berita/keluar/sub/01-a.txt'));
    assert.ok(scope.isArticle('berita/01-a.txt'));
    assert.ok(scope.isArticle('exports/brat-20260101-000000-other/a.txt'), 'a sibling whose name starts the same is not inside');
    assert.match(scope.excludeGlob(), /exports\/brat-20260101-000000\/\*\*/);
    assert.ok(!corpusScope(defaults).withExportFolders(['x']).isArticle('x/a.txt'));
  });

  it('tells walkers which folders hold no article', () => {
    const scope = corpusScope(corpusSettings({ filesExclude: { '**/arsip': true } }), ['keluar']);
    for (const f of ['node_modules', 'a/node_modules', '.git', '.sorot', 'arsip', 'x/arsip', 'keluar', 'keluar/brat']) assert.ok(scope.excludesFolder(f), f);
    for (const f of ['berita', 'berita/2024', 'keluaran']) assert.ok(!scope.excludesFolder(f), f);
  });

  it('finds the export folder of a manifest path', () => {
    assert.equal(exportFolderOf('exports/brat-1/.sorot-export.json'), 'exports/brat-1');
    assert.equal(exportFolderOf('.sorot-export.json'), '');
    assert.equal(exportFolderOf('exports/a.txt'), undefined);
  });

  it('reads hand-edited settings of the wrong type as the defaults', () => {
    const s = corpusSettings({ folders: 'berita', include: 3, exclude: { a: 1 }, filesExclude: ['x'] });
    assert.deepEqual(s, defaults);
    assert.deepEqual(defaults.exclude, ['**/node_modules/**', '**/.*/**']);
    assert.equal(normaliseFolder('./a/b/'), 'a/b');
  });

  it('paths outside the workspace folder are not articles', () => {
    assert.ok(!corpusScope(defaults).isArticle('../elsewhere/a.txt'));
    assert.ok(!corpusScope(defaults).isArticle(''));
  });
});
