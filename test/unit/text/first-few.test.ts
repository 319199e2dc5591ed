import assert from 'node:assert/strict';
import { firstFew } from '../../../src/core/text/first-few';

describe('firstFew (a few of a list, and how many more)', () => {
  const more = (n: number): string => `and ${n} more`;
  it('lists a short list whole', () => {
    assert.equal(firstFew([], 3, more), '');
    assert.equal(firstFew(['a.txt: bad'], 3, more), 'a.txt: bad');
    assert.equal(firstFew(['a', 'b', 'c'], 3, more), 'a; b; c');
  });
  it('past the first few, says how many it left out', () => {
    assert.equal(firstFew(['a', 'b', 'c', 'd', 'e'], 3, more), 'a; b; c; and 2 more');
    assert.equal(firstFew(['a', 'b'], 1, more, ', '), 'a, and 1 more');
  });
});
