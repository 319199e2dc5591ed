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
  it('counts blanks up to a bound: has a blank, two words, four words or more (one counter for the link pass)', () => {
    assert.equal(countBlanks(name, 1), 1);
    assert.equal(countBlanks(name, 3), 3);
    assert.equal(countBlanks('Rina\u00a0Puspa', 2), 1);
    assert.equal(countBlanks('Rina Puspa Dewi', 2), 2);
    assert.equal(countBlanks('Rajawali', 1), 0);
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
