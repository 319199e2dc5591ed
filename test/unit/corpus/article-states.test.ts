import * as assert from 'node:assert/strict';
import { ArticleStates } from '../../../src/extension/services/corpus/article-states';

describe('ArticleStates (what each indexed summary was made with)', () => {
  it('keeps each article\'s generation, corrections key and restored flag; unknown articles have none', () => {
    const s = new ArticleStates();
    s.set('a', 3, '', true);
    s.set('b', 3, 'k1');
    s.set('c', 4, undefined);
    assert.deepEqual([s.generationOf('a'), s.correctionsOf('a'), s.isRestored('a')], [3, '', true]);
    assert.deepEqual([s.generationOf('b'), s.correctionsOf('b'), s.isRestored('b')], [3, 'k1', false]);
    assert.deepEqual([s.generationOf('c'), s.correctionsOf('c'), s.isRestored('c')], [4, undefined, false]);
    assert.deepEqual([s.generationOf('x'), s.correctionsOf('x'), s.isRestored('x')], [undefined, undefined, false]);
  });

  it('confirms a restored article once, keeping what it was made with', () => {
    const s = new ArticleStates();
    s.set('a', 3, 'k', true);
    assert.equal(s.confirm('a'), true);
    assert.equal(s.confirm('a'), false, 'confirmed already');
    assert.equal(s.confirm('nobody'), false);
    assert.deepEqual([s.generationOf('a'), s.correctionsOf('a'), s.isRestored('a')], [3, 'k', false]);
  });

  it('a set without the flag leaves it as it was; with it, sets it', () => {
    const s = new ArticleStates();
    s.set('a', 3, '', true);
    s.set('a', 5, undefined);
    assert.deepEqual([s.generationOf('a'), s.correctionsOf('a'), s.isRestored('a')], [5, undefined, true]);
    s.set('a', 5, '', false);
    assert.equal(s.isRestored('a'), false);
    s.set('b', 1, '');
    assert.equal(s.isRestored('b'), false, 'a new article is not restored unless said');
  });

  it('forgets an article, and everything on clear', () => {
    const s = new ArticleStates();
    s.set('a', 1, '', true);
    s.set('b', 1, '');
    s.delete('a');
    assert.deepEqual([s.generationOf('a'), s.isRestored('a')], [undefined, false]);
    assert.equal(s.generationOf('b'), 1);
    s.clear();
    assert.equal(s.generationOf('b'), undefined);
  });
});
