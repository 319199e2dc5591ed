import assert from 'node:assert/strict';
import { byCount, countOf } from '../../../src/core/text/plural';

describe('counted messages', () => {
  it('picks the singular message for exactly one, the plural one otherwise', () => {
    const pick = (n: number) => byCount(n, () => '1 article', () => `${n} articles`);
    assert.deepEqual([0, 1, 2, 21].map(pick), ['0 articles', '1 article', '2 articles', '21 articles']);
  });

  it('asks only for the message it shows', () => {
    let asked = 0;
    byCount(1, () => 'one', () => String(++asked));
    assert.equal(asked, 0);
  });

  it('counts English nouns, regular or not', () => {
    assert.equal(countOf(1, 'file'), '1 file');
    assert.equal(countOf(3, 'file'), '3 files');
    assert.equal(countOf(0, 'entry', 'entries'), '0 entries');
  });
});
