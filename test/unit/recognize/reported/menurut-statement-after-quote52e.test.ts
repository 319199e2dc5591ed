// fix52e (review52b finding 5): "menurut X" after a quote and its own attribution is a credit
// of the outlet that carried the quote (menurut-credit.test.ts) only when X is a news outlet
// or "menurut X" closes the sentence. When X's own words follow, X makes a statement of their
// own. Own invented sentences.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';
import { runWithTestKb } from '../helpers';

describe('"menurut X" and a clause after an attributed quote', () => {
  it('is a statement of X', () => {
    assert.deepEqual(statementsOf('"Kami tidak akan mundur dari tender itu," kata Dario Pell, menurut analis Mira Talun langkah itu hanya siasat dagang.'),
      ['langkah itu hanya siasat dagang => Mira Talun']);
    assert.deepEqual(statementsOf('"Harga pakan naik lagi," ujar Dario Pell, menurut peternak Sani Oktaf, pasokan jagung dari Velmora tersendat.'),
      ['pasokan jagung dari Velmora tersendat => Sani Oktaf']);
  });
  it('an outlet with a date after it stays a credit', () => {
    const text = '"Perundingan akan dilanjutkan bulan depan," ujar Dario Pell, menurut Reuters, Senin (4/5).';
    assert.deepEqual(statementsOf(text), []);
    assert.deepEqual(runWithTestKb(text).quotes.map((q) => q.speaker), ['Dario Pell']);
  });
});
