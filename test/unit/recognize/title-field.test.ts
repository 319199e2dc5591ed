// actors/title-field.ts: a title's field of unlisted words, closed by the body it belongs to.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('title-field (a title names its field before its body)', () => {
  it('words after a title\'s own words, up to the body that closes them, are the title\'s (d136, d134, d09)', () => {
    assert.deepEqual(linked('Deputi Bidang Promosi Penanaman Modal Kementerian Investasi dan Hilirisasi Nurul Ichwan Saputra hadir.'), [
      'Kementerian Investasi dan Hilirisasi/ORG/Kementerian Investasi dan Hilirisasi Republik Indonesia', 'Nurul Ichwan Saputra/PER/Nurul Ichwan Saputra',
    ]);
    assert.deepEqual(linked('Direktur Tindak Pidana Siber Bareskrim Polri Brigjen Himawan Setiadi hadir.').map((m) => m.split('/')[0]), [
      'Bareskrim Polri', 'Himawan Setiadi',
    ]);
    assert.deepEqual(linked('Direktur Kerja Sama Politik dan Keamanan ASEAN, Dewi Kartika Sari, hadir.').map((m) => m.split('/')[0]), ['ASEAN', 'Dewi Kartika Sari']);
  });
  it('without a body after them the words may be the holder\'s name, and stay so', () => {
    assert.deepEqual(linked('Kepala Bidang Tanaman Pangan Budi Santoso mengatakan hal itu.'), ['Budi Santoso/PER/Budi Santoso']);
    assert.deepEqual(linked('Ketua Umum Partai Golkar Bahlil Lahadalia hadir.').map((m) => m.split('/')[0]), ['Partai Golkar', 'Bahlil Lahadalia']);
  });
  it('after "Pengawas" the supervised sector is the field, though it opens with a body\'s head (d51, d72, d250)', () => {
    assert.deepEqual(linked('Kepala Eksekutif Pengawas Lembaga Pembiayaan OJK Yusuf Hamdani mengatakan aplikasi itu berizin.').map((m) => m.split('/')[0]), [
      'OJK', 'Yusuf Hamdani',
    ]);
    assert.deepEqual(linked('Kepala Eksekutif Pengawas Lembaga Pembiayaan Otoritas Jasa Keuangan, Rina Septiani, hadir.').map((m) => m.split('/')[0]), [
      'Otoritas Jasa Keuangan', 'Rina Septiani',
    ]);
    // Elsewhere a body's head after a title starts the body.
    assert.deepEqual(linked('Ketua Lembaga Adat Dayak Ngaju hadir.').map((m) => m.split('/')[0]), ['Lembaga Adat Dayak Ngaju']);
  });
});
