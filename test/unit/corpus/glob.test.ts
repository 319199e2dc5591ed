import assert from 'node:assert/strict';
import { globsOrAncestors, matchesGlob } from '../../../src/core/corpus/glob';

describe('corpus include glob', () => {
  it('matches **, *, ? and braces like VS Code globs', () => {
    assert.ok(matchesGlob('berita/2024/a.txt', '**/*.txt'));
    assert.ok(matchesGlob('a.txt', '**/*.txt'));
    assert.ok(matchesGlob('data/corpus/x/y.txt', '**/{corpus,articles}/**/*.txt'));
    assert.ok(!matchesGlob('data/other/y.txt', '**/{corpus,articles}/**/*.txt'));
    assert.ok(matchesGlob('b1.TXT', 'b?.txt'));
    assert.ok(!matchesGlob('dir/b1.txt', 'b?.txt'));
    assert.ok(matchesGlob('dir\\sub\\c.txt', 'dir/**/*.txt'));
    assert.ok(!matchesGlob('a.txt.bak', '**/*.txt'));
    assert.ok(matchesGlob('a (1).txt', '*.txt'));
  });

  it('globsOrAncestors: a path is matched when a glob matches it or a folder above it, as testing each folder says', () => {
    const globs = ['**/node_modules/**', '**/.*/**', '**/.git', 'arsip', 'draf/*.txt', '**/*.sorot.json', 'a{b,c}/x?'];
    const paths = ['a.txt', 'node_modules/x/a.txt', 'x/node_modules', 'x/node_modules/y.txt', '.git', 'x/.git/a', 'x/.git',
      '.sorot/actors.json', 'arsip/a.txt', 'arsipku/a.txt', 'x/arsip/a.txt', 'draf/a.txt', 'draf/b/a.txt', 'x/a.sorot.json',
      'ab/xy', 'ac/xy/z.txt', 'ad/xy', 'ARSIP/A.TXT', 'dir\\node_modules\\a.txt', '.', 'a/b/c/d.txt',
      // line breaks in a file name (the review's case)
      'arsip/a\nb.txt', 'x/.git/\u2028.txt', 'node_modules/\r'];
    const byFolders = (path: string): boolean => {
      const parts = path.replace(/\\/g, '/').split('/');
      for (let i = parts.length; i > 0; i--) if (globs.some((g) => matchesGlob(parts.slice(0, i).join('/'), g))) return true;
      return false;
    };
    const excluded = globsOrAncestors(globs);
    for (const p of paths) assert.equal(excluded(p), byFolders(p), p);
    assert.equal(globsOrAncestors([])('a.txt'), false);
  });

  it('globsOrAncestors answers a folder\'s files alike however often the folder comes (its answer is remembered), for every kind of glob', () => {
    const globs = ['**/node_modules/**', '**/.*/**', '**/.git', '**/*.sorot.json', '**/CVS', 'arsip', 'draf/*.txt', '**/x?/**', '**/{a,b}*.txt', '**/**', 'k/**/z'];
    const folders = ['', 'korpus', 'korpus/bagian-000', '.git', 'x/.hidden', 'node_modules/p', 'arsip', 'draf', 'k/m/n', 'xy', 'q/xy/r', 'a\nb', 'CVS/x'];
    const names = ['a.txt', 'b.txt', 'c.sorot.json', '.git', 'CVS', 'z', 'node_modules', '.x', 'A.TXT', 'n\u2028.txt', ''];
    const byFolders = (gs: readonly string[], path: string): boolean => {
      const parts = path.split('/');
      for (let i = parts.length; i > 0; i--) if (gs.some((g) => matchesGlob(parts.slice(0, i).join('/'), g))) return true;
      return false;
    };
    // Each glob alone and all together: the parts (by folder, by name, by whole path) each tested.
    for (const gs of [...globs.map((g) => [g]), globs]) {
      const excluded = globsOrAncestors(gs);
      for (let round = 0; round < 2; round++) {
        for (const f of folders) for (const n of names) {
          const p = f === '' ? n : `${f}/${n}`;
          assert.equal(excluded(p), byFolders(gs, p), `${gs.join(' ')}: ${JSON.stringify(p)}`);
        }
      }
    }
  });
});
