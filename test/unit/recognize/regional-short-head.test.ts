// A regional body's short head written alone ("tim Dishub turun", a headline's "Dinkes
// Tetapkan KLB") is the one body of the article its official name is written with (issue
// 13: the head alone gave nothing). Every sentence was written for this test.
import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from './helpers';
import { shortHeadOf } from '../../../src/core/recognize/regional-names';

describe('a regional body\'s bare short head', () => {
  it('is the body the article names in full, in the body text and in the headline', () => {
    const text = 'Warga Keluhkan Parkir, Dishub Janji Turun\n\nKepala Dinas Perhubungan Kota Surakarta Taufiq Muhammad mengakui ada juru parkir nakal.\n\n"Besok pagi tim Dishub turun," tulisnya.';
    assert.deepEqual(orgs(text), [
      'Dishub/Dinas Perhubungan Kota Surakarta', 'Dinas Perhubungan Kota Surakarta/Dinas Perhubungan Kota Surakarta', 'Dishub/Dinas Perhubungan Kota Surakarta',
    ]);
  });

  it('is nothing where the article names no such body, or two', () => {
    assert.deepEqual(orgs('Petugas Dinkes memeriksa warung makan di pasar.'), []);
    const two = 'Dinas Kesehatan Kabupaten Sampang dan Dinas Kesehatan Kabupaten Bangkalan bekerja sama. Petugas Dinkes turun ke desa.';
    assert.equal(orgs(two).some((o) => o.startsWith('Dinkes/')), false);
  });

  it('knows the short head of an official name, and none for a council any region has', () => {
    assert.equal(shortHeadOf('Badan Pendapatan Daerah Kabupaten Batu Bara'), 'Bapenda');
    assert.equal(shortHeadOf('Dewan Perwakilan Rakyat Daerah Kota Balikpapan'), undefined);
    assert.equal(shortHeadOf('Dinas Kesehatan'), undefined);
  });
});
