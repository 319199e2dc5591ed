import assert from 'node:assert/strict';
import { blankIn, countBlanks, endOfWord, isCapitalised, offsetOfWord, wordsOf } from '../../../src/core/text/words';

describe('words of a name (text/words.ts)', () => {
  const name = 'Garuda\u00a0Cakti  Marcelo Tavares';
  it('splits at spaces, tabs and no-break spaces, runs of them as one', () => {
    assert.deepEqual(wordsOf(name), ['Garuda', 'Cakti', 'Marcelo', 'Tavares']);
    assert.equal(countBlanks(name), 4);
    assert.equal(blankIn(name, 0), 6);
    assert.equal(blankIn('Rajawali', 0), -1);
  });
  it('finds where a word starts and ends, over runs of blanks', () => {
    assert.equal(name.slice(offsetOfWord(name, 2), endOfWord(name, 2)), 'Marcelo');
    assert.equal(offsetOfWord(name, 0), 0);
    assert.equal(endOfWord(name, 1), 12);
  });
  it('takes an ASCII capital as a capitalised word', () => {
    assert.equal(isCapitalised('Tavares'), true);
    assert.equal(isCapitalised('tavares'), false);
    assert.equal(isCapitalised('Émile'), false);
  });
});
