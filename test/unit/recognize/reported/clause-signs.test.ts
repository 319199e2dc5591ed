// Content clauses the clause test took for noun objects (issue 14, dev batch d232-d243).
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (s: string): boolean => looksLikeClause(s, 0, s.length);

describe('reported speech: clause signs', () => {
  it('a frequency adverb ("kerap", "sering", "selalu", "jarang") stands before a predicate', () => {
    assert.deepEqual(statementsOf('Peskov menyebut halte bus kerap kekurangan lampu penerangan.'),
      ['halte bus kerap kekurangan lampu penerangan => Dmitry Peskov']);
    assert.equal(clause('toilet terminal selalu kotor'), true);
    assert.equal(clause('warga desa jarang kebagian air bersih'), true);
  });
  it('a noun object without a predicate stays an object (guard)', () => {
    assert.equal(clause('jadwal keberangkatan bus malam di terminal'), false);
  });
});

describe('reported speech: possessed subjects ending in "-annya"', () => {
  it('a root ending in "-an", possessed, with its own verb after it opens a clause', () => {
    assert.equal(clause('yayasannya memilih dua kampus dari ratusan usulan'), true);
    assert.equal(clause('rekannya menolak tawaran klub itu'), true);
    assert.deepEqual(statementsOf('Peskov menjelaskan yayasannya memilih dua kampus dari ratusan usulan.'),
      ['yayasannya memilih dua kampus dari ratusan usulan => Dmitry Peskov']);
  });
  it('an institution named by a ke-…-an noun, possessed, is a subject', () => {
    assert.deepEqual(statementsOf('Lavrov mengklaim kementeriannya telah menutup ribuan situs judi.'),
      ['kementeriannya telah menutup ribuan situs judi => Sergey Lavrov']);
  });
  it('ke-…-an and pe-…-an nouns with "-nya" stay nominalised objects (guard)', () => {
    assert.equal(clause('pernyataannya menyinggung warga desa'), false);
    assert.equal(clause('kesiapannya menghadapi laga berikutnya'), false);
    assert.equal(clause('dukungannya terhadap warga desa'), false);
  });
});

describe('reported speech: a long subject before the predicate', () => {
  it('a subject with a relative clause and a time runs past ten words', () => {
    assert.equal(clause('kartu merah yang diterima gelandang tim tamu pada menit ke-70 mengubah arah laga'), true);
    assert.deepEqual(statementsOf('Peskov menyebut pengalihan arus kendaraan dua arah di jalan lingkar menuju pelabuhan diperpanjang hingga malam.'),
      ['pengalihan arus kendaraan dua arah di jalan lingkar menuju pelabuhan diperpanjang hingga malam => Dmitry Peskov']);
  });
});
