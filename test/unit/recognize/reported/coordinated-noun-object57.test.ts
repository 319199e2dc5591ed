// A reporting verb coordinated inside a content clause with only a noun object
// ("… akan memeriksa gudang itu dan menyampaikan temuannya kepada Y") continues the
// content's own predicate: no second statement (spec: a reporting verb with only a noun
// object reports nothing). Two coordinated verbs with separate contents stay two.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: a coordinated verb with a noun object (issue 13)', () => {
  it('"menyampaikan hasilnya kepada …" after "dan" does not split the content', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan tim Kremlin akan memeriksa gudang senjata itu dan menyampaikan hasilnya kepada parlemen.'), [
      'tim Kremlin akan memeriksa gudang senjata itu dan menyampaikan hasilnya kepada parlemen => Dmitry Peskov',
    ]);
  });
  it('"melaporkan temuannya kepada …" after "dan" does not split the content either', () => {
    assert.deepEqual(statementsOf('Lavrov mengatakan komisi bersama akan mengaudit anggaran pertahanan dan melaporkan temuannya kepada presiden.'), [
      'komisi bersama akan mengaudit anggaran pertahanan dan melaporkan temuannya kepada presiden => Sergey Lavrov',
    ]);
  });
  it('guard: a coordinated verb with a clause of its own still gives two statements', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan Rusia siap berunding dan menegaskan bahwa sanksi tidak akan berhasil.'), [
      'Rusia siap berunding => Dmitry Peskov', 'sanksi tidak akan berhasil => Dmitry Peskov',
    ]);
  });
  it('guard: a reporting verb with a noun object alone is no statement', () => {
    assert.deepEqual(statementsOf('Peskov menyampaikan hasilnya kepada parlemen.'), []);
  });
  it('guard: a possessed subject with a predicate of its own still opens a clause', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan timnya kehilangan dua diplomat.'), ['timnya kehilangan dua diplomat => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Lavrov mengatakan pihaknya sejak awal menolak usulan itu.'), ['pihaknya sejak awal menolak usulan itu => Sergey Lavrov']);
    assert.deepEqual(statementsOf('Lavrov mengatakan timnya dari Moskow sudah tiba di Jenewa.'), ['timnya dari Moskow sudah tiba di Jenewa => Sergey Lavrov']);
  });
});
