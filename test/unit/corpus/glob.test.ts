import assert from 'node:assert/strict';
import { matchesGlob } from '../../../src/core/corpus/glob';

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
});
