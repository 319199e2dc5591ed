// Session 45 (names45): a regional institution named with "Kota"/"Kabupaten" and its place
// ("RSUD Kota Yogyakarta") was cut into "RSUD Kota" and the city where the KB does not know
// "Kota Yogyakarta" as one alias; an Indonesian mission with its seat after "di" ("KJRI di
// Johor Bahru") kept its short form as identity instead of the mission's official name.
// (Identities with the hospital's type written out: hospital-names.ts, session 48.)
// Own invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('a regional institution named with Kota or Kabupaten and its place', () => {
  it('is one organisation', () => {
    assert.deepEqual(actors('Pasien dirawat di RSUD Kota Yogyakarta.'), ['RSUD Kota Yogyakarta/ORG/Rumah Sakit Umum Daerah Kota Yogyakarta']);
    assert.deepEqual(actors('Pasien dirawat di RSUD Kota Bandung kemarin.'), ['RSUD Kota Bandung/ORG/Rumah Sakit Umum Daerah Kota Bandung']);
  });
  it('leaves an institution named by subject words and its city as before', () => {
    assert.deepEqual(actors('Mahasiswa Universitas Negeri Malang hadir.'), ['Universitas Negeri Malang/ORG/Universitas Negeri Malang']);
  });
});

describe('an Indonesian mission with its seat after "di"', () => {
  it('takes the official name of that mission', () => {
    assert.deepEqual(actors('Petugas KJRI di Johor Bahru membantu para pekerja.'), [
      'KJRI di Johor Bahru/ORG/Konsulat Jenderal Republik Indonesia di Johor Bahru',
    ]);
    assert.deepEqual(actors('Petugas KJRI Johor Bahru membantu para pekerja.'), [
      'KJRI Johor Bahru/ORG/Konsulat Jenderal Republik Indonesia di Johor Bahru',
    ]);
  });
});
