// Headline claims "X Klaim <clause>", "X Tegaskan <clause>" (the headline forms of
// "mengklaim" / "menegaskan", verbs that take a clause): X's statement, like a headline
// request "X Minta …". The content must show a predicate: "Klaim Komponen Lokal 60 Persen"
// names a thing. Headlines written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: headline claims', () => {
  it('"X Klaim <clause>" after a first headline clause', () => {
    assert.deepEqual(statementsOf('Harga Gas Eropa Naik Lagi, Kremlin Klaim Pasokan Masih Aman'),
      ['Pasokan Masih Aman => Kremlin']);
  });
  it('"X Tegaskan <clause>"', () => {
    assert.deepEqual(statementsOf('Hadiri KTT di Brussel, Macron Tegaskan Prancis Tak Akan Kirim Pasukan'),
      ['Prancis Tak Akan Kirim Pasukan => Emmanuel Macron']);
  });
  it('a claimed thing without a predicate is no statement (guard)', () => {
    assert.deepEqual(statementsOf('NATO Resmikan Markas Baru, Klaim Anggaran Rp2 Triliun'), []);
  });
  it('"X Sebut <clause>": menyebut reports a clause (annotation spec, form 1; session 49)', () => {
    assert.deepEqual(statementsOf('Harga Gas Eropa Naik Lagi, Kremlin Sebut Pasokan Masih Aman'),
      ['Pasokan Masih Aman => Kremlin']);
  });
  it('"X Sebut <noun>" names a cause, no statement (guard, session 49)', () => {
    assert.deepEqual(statementsOf('Listrik Padam Enam Jam di Ambon, Kremlin Sebut Gangguan Jaringan'), []);
  });
  it('"X Nyatakan <clause>" in Title Case: its predicate read in lower case (session 49)', () => {
    assert.deepEqual(statementsOf('Kremlin Nyatakan Jalur Pipa ke Eropa Ditutup Sementara'),
      ['Jalur Pipa ke Eropa Ditutup Sementara => Kremlin']);
  });
  it('"klaim" as a noun is no cue (guard)', () => {
    assert.deepEqual(statementsOf('Pengajuan Klaim Asuransi Banjir Naik Dua Kali Lipat'), []);
  });
});

describe('reported speech: a headline topic before a colon', () => {
  it('a place ending a topic label ("Debat … Jakarta:") says nothing', () => {
    assert.deepEqual(statementsOf('Debat Kedua Pilkada Jakarta: Dua Calon Adu Janji soal Banjir dan Macet'), []);
  });
  it('a place alone before the colon still speaks (guard)', () => {
    assert.deepEqual(statementsOf('Rusia: NATO harus menarik pasukan dari perbatasan'),
      ['NATO harus menarik pasukan dari perbatasan => Russia']);
  });
});
