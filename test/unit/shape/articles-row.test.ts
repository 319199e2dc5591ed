// The Articles view's rows have one shape for the commands of other features
// (services/article-contributors.ts): its kinds are the tree's kinds, no more, no fewer,
// and every node of the tree is such a row.
import assert from 'node:assert/strict';
import type { ArticlesNode } from '../../../src/extension/articles/articles-tree';
import { ARTICLES_ROW_KINDS, type ArticlesRow, isArticlesRow } from '../../../src/extension/services/article-contributors';

// Compiles only while every kind of the tree is listed here, and nothing else.
const TREE_KINDS: Record<ArticlesNode['kind'], true> = { folder: true, group: true, range: true, article: true, contributed: true };
// Compiles only while a node of the tree is a row as the other features read it.
const asRow = (node: ArticlesNode): ArticlesRow => node;

describe('the Articles view\'s row shape (services/article-contributors.ts)', () => {
  it('lists the tree\'s kinds', () => {
    assert.deepEqual([...ARTICLES_ROW_KINDS].sort(), Object.keys(TREE_KINDS).sort());
    assert.equal(typeof asRow, 'function');
  });

  it('tells a row of every kind from a request object or a URI-like value', () => {
    for (const kind of ARTICLES_ROW_KINDS) assert.ok(isArticlesRow({ kind }), kind);
    for (const other of [undefined, null, 'article', {}, { scope: 'x' }, { kind: 'actor' }, { path: '/a.txt' }]) assert.ok(!isArticlesRow(other), JSON.stringify(other));
  });
});
