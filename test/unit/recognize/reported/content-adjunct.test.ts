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
  it('an adjunct of the speaking itself opens no content: an addressee after "pada", an interview, "saat ditemui" (guard)', () => {
    // the opener must start a time ("dalam dua hari", "pada Senin"), not the occasion of the words
    assert.deepEqual(statementsOf('Peskov mengatakan pada wartawan asing yang menunggu di luar gedung.'), []);
    assert.deepEqual(statementsOf('Peskov mengatakan dalam wawancara dengan televisi Rusia pekan lalu.'), []);
    assert.deepEqual(statementsOf('Peskov mengatakan saat ditemui di kantornya, Senin.'), []);
  });
  it('a day or a number after the opener is a time: the content opens there', () => {
    assert.deepEqual(statementsOf('Peskov melaporkan pada Senin pagi tercatat 12 kali serangan drone.'),
      ['pada Senin pagi tercatat 12 kali serangan drone => Dmitry Peskov']);
  });
});
