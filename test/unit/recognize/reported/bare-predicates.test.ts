// Content clauses whose predicate carries no verbal prefix, and possessed subjects the clause
// test read as nominalised objects (issue 14: statements lost across the dev articles).
// Fictional sentences.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (s: string): boolean => looksLikeClause(s, 0, s.length);

describe('reported speech: predicates without a verbal prefix', () => {
  it('an intransitive verb or a state after the subject makes a clause', () => {
    assert.deepEqual(statementsOf('Peskov menyebut penjualan tiket kereta tumbuh paling cepat tahun ini.'),
      ['penjualan tiket kereta tumbuh paling cepat tahun ini => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Lavrov menyebut pintu air bendungan jebol setelah hujan semalam.'),
      ['pintu air bendungan jebol setelah hujan semalam => Sergey Lavrov']);
    assert.equal(clause('kedua pihak duduk bersama sebelum akhir bulan'), true);
    assert.equal(clause('stok gas di pangkalan langka sejak Senin'), true);
  });
  it('a noun object without a predicate stays an object', () => {
    assert.deepEqual(statementsOf('Peskov menyebut nama tiga pejabat daerah.'), []);
    assert.equal(clause('jadwal rapat kepada para peserta'), false);
  });
});

describe('reported speech: possessed subjects', () => {
  it('a root opening with "ke" and "-nya" is a possessed subject, not a ke-…-an noun', () => {
    assert.equal(clause('keluarganya belum berani pulang ke rumah'), true);
    assert.equal(clause('kelompoknya tidak ikut rapat kemarin'), true);
  });
  it('a ke-…-an noun with "-nya" stays a nominalised object', () => {
    assert.equal(clause('kesiapannya menghadapi laga berikutnya'), false);
  });
  it('"-annya" before a modal or a focus adverb is the clause\'s subject', () => {
    assert.deepEqual(statementsOf('Lavrov mengatakan pasukannya akan menarik diri dari desa itu.'),
      ['pasukannya akan menarik diri dari desa itu => Sergey Lavrov']);
    assert.equal(clause('rombongannya hanya dibekali tiket pulang'), true);
    assert.equal(clause('dukungannya terhadap warga desa'), false);
  });
});
