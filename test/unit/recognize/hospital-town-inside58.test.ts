// Session 58 (fix58a), the lead's ruling on hospital names (eval/README.md, hospital-names.ts):
// a town INSIDE a hospital's name, followed by more capitalised words of the name, is part of
// the name ("RSUD Cibinong Sehat Sentosa" is one hospital; it was "RSUD Cibinong" and a person
// "Sehat Sentosa"); a town AFTER a complete name stays apart as before ("RSUD dr. Slamet
// Garut"), and the name stops before a person. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors } from './helpers';

describe('fix58a: a town inside a hospital\'s name', () => {
  it('is part of the name when more words of the name follow it', () => {
    assert.deepEqual(actors('Ibu hamil itu dirujuk ke RSUD Cibinong Sehat Sentosa pada Senin malam.'),
      ['RSUD Cibinong Sehat Sentosa/ORG/Rumah Sakit Umum Daerah Cibinong Sehat Sentosa']);
    assert.deepEqual(actors('Dua korban kecelakaan dibawa ke Rumah Sakit Cibinong Medika Utama oleh warga.'),
      ['Rumah Sakit Cibinong Medika Utama/ORG/Rumah Sakit Cibinong Medika Utama']);
  });

  it('stops before a person after the name, or a person right after the town', () => {
    assert.deepEqual(actors('Kepala RSUD Cibinong Sehat Sentosa Andi Rahman mengatakan ruang isolasi penuh.'),
      ['RSUD Cibinong Sehat Sentosa/ORG/Rumah Sakit Umum Daerah Cibinong Sehat Sentosa', 'Andi Rahman/PER/Andi Rahman']);
    assert.deepEqual(actors('Direktur RSUD Cibinong Budi Santoso mengatakan ruang isolasi penuh.'),
      ['RSUD Cibinong/ORG/Rumah Sakit Umum Daerah Cibinong', 'Budi Santoso/PER/Budi Santoso']);
  });

  it('(guard) a town after a complete name, or the town alone, stays as before', () => {
    assert.deepEqual(actors('Pasien itu dirawat di RSUD dr. Slamet Garut sejak Kamis.'),
      ['RSUD dr. Slamet/ORG/Rumah Sakit Umum Daerah dr. Slamet', 'Garut/GPE/Kabupaten Garut']);
    assert.deepEqual(actors('Pasien itu dirawat di RSUD Cibinong sejak Kamis.'), ['RSUD Cibinong/ORG/Rumah Sakit Umum Daerah Cibinong']);
    assert.deepEqual(actors('Pasien itu dirawat di RSUD Cibinong, Bogor, sejak Kamis.'),
      ['RSUD Cibinong/ORG/Rumah Sakit Umum Daerah Cibinong', 'Bogor/GPE/Bogor']);
  });

  it('(guard) a hospital named with its regency stays named so', () => {
    assert.deepEqual(actors('Pasien itu dirujuk ke RSUD Kabupaten Bekasi pada Jumat.'),
      ['RSUD Kabupaten Bekasi/ORG/Rumah Sakit Umum Daerah Kabupaten Bekasi']);
  });
});
