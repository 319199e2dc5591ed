// "sebelum Maret", "setelah Lebaran tahun lalu", "sejak Senin": a subordinator followed by a
// date or a time word opens a time phrase, not a subordinate clause; the main predicate
// right after it ("… yang diteken sebelum Maret tetap berlaku") is the content's own, so the
// content is a clause (issue 13/14: reported57 left one dev statement lost to it). A verb
// group after the subordinator still opens a circumstance. Sentences written for this test.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (s: string): boolean => looksLikeClause(s, 0, s.length);

describe('reported speech: a time phrase after "sebelum"/"setelah" is no subordinate clause (issue 13)', () => {
  it('a month, a weekday, a year or a counted time after the subordinator leaves the main predicate', () => {
    assert.equal(clause('izin usaha yang sudah terbit sebelum Maret tetap berlaku'), true);
    assert.equal(clause('tiket yang dibeli sebelum Senin masih bisa ditukar'), true);
    assert.equal(clause('harga gabah yang ditetapkan sebelum 2024 tetap dipakai'), true);
    assert.equal(clause('pasien yang dirawat setelah dua hari tetap dipantau'), true);
    assert.equal(clause('kios yang dibangun sebelum tahun lalu masih kokoh'), true);
  });
  it('the statement is read through the time phrase', () => {
    assert.deepEqual(statementsOf('Kepala Dinas Perdagangan, Rudi Santoso, memastikan izin usaha yang sudah terbit sebelum Maret tetap berlaku.'), [
      'izin usaha yang sudah terbit sebelum Maret tetap berlaku => Rudi Santoso',
    ]);
  });
  it('guard: a verb group after the subordinator still opens a circumstance', () => {
    assert.equal(clause('trofi juara nomor perorangan setelah menyingkirkan unggulan pertama'), false);
    assert.deepEqual(statementsOf('Ketua kontingen Jawa Barat, Rudi Santoso, memastikan posisi teratas klasemen setelah merebut lima emas.'), []);
  });
  it('guard: a noun object with a time phrase and no predicate stays an object', () => {
    assert.deepEqual(statementsOf('Ketua kontingen Jawa Barat, Rudi Santoso, memastikan posisi teratas klasemen sebelum Maret.'), []);
  });
});
