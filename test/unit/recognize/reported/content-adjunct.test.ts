// A time adjunct right after the verb with no comma closing it opens the content itself
// ("melaporkan dalam 24 jam terakhir terekam …"); with a comma it is skipped as before.
// Sentences written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: a time adjunct opening the content', () => {
  it('without a comma the adjunct is part of the content', () => {
    assert.deepEqual(statementsOf('Peskov melaporkan dalam dua hari terakhir tercatat 40 kali serangan drone.'),
      ['dalam dua hari terakhir tercatat 40 kali serangan drone => Dmitry Peskov']);
  });
  it('with a comma the adjunct stays outside (guard)', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan pada Senin, Rusia siap berunding.'),
      ['Rusia siap berunding => Dmitry Peskov']);
  });
  it('an addressee without a comma opens no content (guard)', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan kepada wartawan asing yang menunggu di luar gedung.'), []);
  });
});
