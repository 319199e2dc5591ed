// "yang batal berangkat", "yang gagal lolos": a verb that takes another verb as its complement
// opens a relative clause's verb group as an auxiliary does; the second verb is no predicate
// of the content, so a noun object with such a clause is no statement (session 49).
// Sentences written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: a verb with a verb complement inside a "yang" clause (session 49)', () => {
  it('"menyebut banyaknya jemaah yang batal berangkat …" names an amount: no statement', () => {
    assert.deepEqual(statementsOf('Ahmad Fauzi menyebut banyaknya jemaah yang batal berangkat tahun ini.'), []);
  });
  it('"mengakui jemaah yang gagal berangkat" names people: no statement', () => {
    assert.deepEqual(statementsOf('Ahmad Fauzi mengakui jemaah yang gagal berangkat.'), []);
  });
  it('a predicate after the relative clause still makes one (guard)', () => {
    assert.deepEqual(statementsOf('Ahmad Fauzi mengatakan jemaah yang batal berangkat akan mendapat pengembalian dana.'),
      ['jemaah yang batal berangkat akan mendapat pengembalian dana => Ahmad Fauzi']);
  });
  it('"yang gagal lolos seleksi bisa mendaftar lagi" keeps its predicate (guard)', () => {
    assert.deepEqual(statementsOf('Ahmad Fauzi menyebut peserta yang gagal lolos seleksi bisa mendaftar lagi tahun depan.'),
      ['peserta yang gagal lolos seleksi bisa mendaftar lagi tahun depan => Ahmad Fauzi']);
  });
  it('"batal" as the content\'s own predicate still counts (guard)', () => {
    assert.deepEqual(statementsOf('Ahmad Fauzi mengatakan keberangkatan kloter ketiga batal karena cuaca buruk.'),
      ['keberangkatan kloter ketiga batal karena cuaca buruk => Ahmad Fauzi']);
  });
  it('such a verb with no verb after it is the relative clause\'s whole verb group: an auxiliary after it opens the predicate (review49)', () => {
    assert.deepEqual(statementsOf('Pelatih Sutrisno menyebut pemain yang gagal akan dicoret dari skuad.'),
      ['pemain yang gagal akan dicoret dari skuad => Sutrisno']);
    assert.deepEqual(statementsOf('Kepala Sekolah Sutrisno menyebut siswa yang enggan tetap harus mengikuti ujian ulang.'),
      ['siswa yang enggan tetap harus mengikuti ujian ulang => Sutrisno']);
  });
});

