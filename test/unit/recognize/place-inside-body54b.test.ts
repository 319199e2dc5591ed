// A place inside a body's name (actors54b, issue 13): the city after the subject an institute
// teaches is part of its name ("Institut Teknologi Bandung"; the arts, "kesenian", are such a
// subject: dev d451), and a regional bank's sharia arm is named with "Syariah" after the
// region (a company of its own: dev d450). Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string): string[] => analyze(text).actors.map((a) => `${a.text}/${a.type}`);

describe('a place inside a body\'s name (actors54b)', () => {
  it('an arts institute or academy keeps its city', () => {
    assert.deepEqual(actors('Mahasiswa Akademi Kesenian Surakarta menggelar pentas tari.'), ['Akademi Kesenian Surakarta/ORG']);
    assert.ok(actors('Dosen Institut Kesenian Makassar, Rudi Hartawan, menilai film itu terlalu panjang.').includes('Institut Kesenian Makassar/ORG'));
  });

  it('a regional bank\'s sharia arm is one name', () => {
    assert.deepEqual(actors('Nasabah Bank Sumut Syariah mengeluhkan antrean panjang.'), ['Bank Sumut Syariah/ORG']);
  });

  it('leaves an institution named after a person before its city, and a bank before a place', () => {
    assert.deepEqual(actors('Mahasiswa Universitas Hasanuddin Makassar berdemonstrasi.'), ['Universitas Hasanuddin/ORG', 'Makassar/GPE']);
    assert.deepEqual(actors('Bank Sumut membuka kantor cabang di Medan.'), ['Bank Sumut/ORG', 'Medan/GPE']);
  });

  it('a governor\'s office is a building: only its region is an actor, as a regent\'s office\'s', () => {
    assert.deepEqual(actors('Ratusan petani berunjuk rasa di depan Kantor Gubernur Bali sejak pagi.'), ['Bali/GPE']);
    assert.deepEqual(actors('Ratusan petani berunjuk rasa di depan Kantor Gubernur sejak pagi.'), []);
    // a body whose name opens with "Kantor" keeps it
    assert.deepEqual(actors('Pegawai Kantor Pertanahan Kabupaten Bogor menolak.'), ['Kantor Pertanahan Kabupaten Bogor/ORG']);
  });
});
