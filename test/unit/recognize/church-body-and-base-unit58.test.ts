// Church bodies and a fisheries base before its body (issue 13, dev d504, d430, d294): a
// diocese with its seat is one ORG, not the seat's town; "Pangkalan" before a body's
// initials or its remit is a unit of that body. Invented sentences.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors } from './helpers';

describe('church bodies and a base unit before its body', () => {
  it('takes a diocese with its seat as one organisation', () => {
    assert.deepEqual(actors('Keuskupan Atambua menyatakan sekolah itu akan dibuka kembali pekan depan.'),
      ['Keuskupan Atambua/ORG/Keuskupan Atambua']);
    assert.deepEqual(actors('Sikap Keuskupan Agung Ende disampaikan dalam surat gembala.'),
      ['Keuskupan Agung Ende/ORG/Keuskupan Agung Ende']);
    assert.deepEqual(actors('Keuskupan Agats membagikan beras kepada warga pedalaman.'), ['Keuskupan Agats/ORG/Keuskupan Agats']);
  });
  it('takes a synod before its church\'s initials as one organisation', () => {
    assert.deepEqual(actors('Sinode GMIT menggelar sidang raya di Kupang.'), ['Sinode GMIT/ORG/Sinode GMIT', 'Kupang/GPE/Kupang']);
  });
  it('leaves a bishop\'s seat before his name, a bare town and a parish as they were', () => {
    assert.equal(actors('Uskup Ruteng Mgr Yohanes Bosco mengunjungi umat di pedalaman.').some((s) => s.includes('/ORG/')), false);
    assert.deepEqual(actors('Warga Ruteng menggelar doa bersama di alun-alun.'), ['Ruteng/GPE/Ruteng']);
    assert.deepEqual(actors('Pastor Paroki Santo Yosef mengatakan misa tetap digelar.'), []);
  });
  it('takes "Pangkalan" before a body\'s initials or its remit as one organisation with its place', () => {
    assert.deepEqual(actors('Petugas Pangkalan PSDKP Tual menahan dua kapal ikan asing.'),
      ['Pangkalan PSDKP Tual/ORG/Pangkalan PSDKP Tual']);
    assert.deepEqual(actors('Kapal itu digiring ke Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan Bitung untuk diperiksa.'),
      ['Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan Bitung/ORG/Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan Bitung']);
    assert.deepEqual(actors('Kepala Pangkalan PSDKP Batam, Andi Saputra, mengatakan kapal itu tidak berizin.'),
      ['Pangkalan PSDKP Batam/ORG/Pangkalan PSDKP Batam', 'Andi Saputra/PER/Andi Saputra']);
  });
  it('keeps the towns named "Pangkalan …", a navy base and a plain stand', () => {
    assert.deepEqual(actors('Pasien dirujuk dari Pangkalan Bun ke Palangka Raya.'),
      ['Pangkalan Bun/GPE/Pangkalan Bun', 'Palangka Raya/GPE/Palangka Raya']);
    assert.deepEqual(actors('Harga karet di Pangkalan Kerinci turun sepekan terakhir.'), ['Pangkalan Kerinci/GPE/Pangkalan Kerinci']);
    assert.deepEqual(actors('Pangkalan TNI AL Tual menangkap kapal itu.'),
      ['TNI AL Tual/ORG/Tentara Nasional Indonesia Angkatan Laut Tual']);
    assert.deepEqual(actors('Pangkalan ojek di depan pasar itu dibongkar.'), []);
  });
});
