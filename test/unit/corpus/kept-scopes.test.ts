// A colleague's annotation files pulled in: every file the watcher reports is tested
// against the corpus scope (corpus-service.ts checkUnchecked). The scope is made from
// the settings once per workspace folder, not once per file (kept-scopes.ts says why).
import assert from 'node:assert/strict';
import { KeptScopes } from '../../../src/core/corpus/kept-scopes';
import { corpusScope, corpusSettings } from '../../../src/core/corpus/scope';

const FOLDER = 'file:///corpus';

/** The annotation files of the editor bench's agreement phase for a corpus of `articles`:
 *  two annotators on one article in ten, a third on one in thirty. */
function annotationFiles(articles: number): string[] {
  const files: string[] = [];
  for (let i = 0; i < articles; i += 10) {
    const name = `bagian-${String(Math.floor(i / 1000)).padStart(3, '0')}/artikel-${String(i).padStart(6, '0')}`;
    files.push(`${name}.ani.sorot.json`, `${name}.budi.sorot.json`);
    if (i % 30 === 0) files.push(`${name}.citra.sorot.json`);
  }
  return files;
}

/** Tests each file as the corpus service does; counts the settings read. */
function checkAll(kept: KeptScopes, files: readonly string[]): { settingsRead: number; articles: number } {
  let settingsRead = 0;
  const make = () => {
    settingsRead++;
    return corpusScope(corpusSettings({}));
  };
  const articles = files.filter((path) => kept.of(FOLDER, make).isArticle(path)).length;
  return { settingsRead, articles };
}

describe('corpus scopes kept per workspace folder (kept-scopes.ts)', () => {
  it('reads the settings once for a batch of annotation files, at 20,000 and 100,000 articles alike', () => {
    for (const [articles, expected] of [[20_000, 4_667], [100_000, 23_334]] as const) {
      const files = annotationFiles(articles);
      assert.equal(files.length, expected);
      const kept = new KeptScopes();
      const first = checkAll(kept, files);
      assert.deepEqual(first, { settingsRead: 1, articles: 0 }, `${articles} articles`);
      // The next batch takes the kept scope.
      assert.deepEqual(checkAll(kept, files), { settingsRead: 0, articles: 0 }, `${articles} articles, next batch`);
    }
  });

  it('makes the scope again once the settings or folders changed, and keeps each workspace folder its own', () => {
    const kept = new KeptScopes();
    let made = 0;
    const include = (glob: string) => () => {
      made++;
      return corpusScope(corpusSettings({ include: glob }));
    };
    assert.ok(kept.of(FOLDER, include('**/*.txt')).isArticle('a.txt'));
    assert.ok(kept.of('file:///other', include('**/*.md')).isArticle('a.md'));
    assert.ok(kept.of(FOLDER, include('**/*.md')).isArticle('a.txt'), 'kept until forgotten');
    assert.equal(made, 2);
    kept.forget();
    assert.ok(!kept.of(FOLDER, include('**/*.md')).isArticle('a.txt'));
    assert.equal(made, 3);
  });
});
