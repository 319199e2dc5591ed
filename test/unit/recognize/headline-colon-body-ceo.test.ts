// Session 46 (issues 13/14, dev d316, d327): headline statements given to a company's head or
// to a body by its common noun. "Startup X PHK 140 Karyawan, CEO: Keputusan Paling Berat" is
// the CEO's the body introduces ("Pendiri sekaligus CEO X, Y"); "… Diberhentikan, Kampus:
// Efisiensi karena …" is the university's. Both were no statement (the labels were neither a
// person nor an office of title-subject.ts). Own invented sentences (fictional bodies and people).
import assert from 'node:assert/strict';
import { statementPairsWithTestKb } from './helpers';

/** The statement after the headline's colon, with its speaker, if any. */
function headline(t: string): [string, string | null] | undefined {
  return statementPairsWithTestKb(t).find(([x]) => t.startsWith(x, t.indexOf(':') + 2));
}

describe('a headline "…, CEO: …"', () => {
  it('is the CEO the body names with that title', () => {
    const t = 'Startup Logistik Kirimin PHK 80 Karyawan, CEO: Kami Salah Menghitung Pasar\n\n' +
      'Perusahaan rintisan logistik PT Kirim Cepat Nusantara memutus hubungan kerja 80 karyawan. Pendiri sekaligus CEO Kirimin, Arif Budiman Santoso, mengumumkan keputusan itu lewat surat elektronik.';
    assert.deepEqual(headline(t), ['Kami Salah Menghitung Pasar', 'Arif Budiman Santoso']);
  });
  it('is no statement when nobody is introduced as CEO', () => {
    const t = 'Startup Logistik Kirimin PHK 80 Karyawan, CEO: Kami Salah Menghitung Pasar\n\n' +
      'Perusahaan rintisan logistik PT Kirim Cepat Nusantara memutus hubungan kerja 80 karyawan. Seorang karyawan, Arif Budiman Santoso, mengaku kaget.';
    assert.equal(headline(t), undefined);
  });
});

describe('a headline "…, Kampus: …" or "Perusahaan: …"', () => {
  it('is the university the article names', () => {
    const t = '15 Dosen Universitas Lembah Hijau Dirumahkan, Kampus: Mahasiswa Baru Berkurang\n\n' +
      'Sebanyak 15 dosen Universitas Lembah Hijau menerima surat pemberhentian, Senin. Juru bicara kampus, Rina Sari, membenarkan kabar itu.';
    assert.deepEqual(headline(t), ['Mahasiswa Baru Berkurang', 'Universitas Lembah Hijau']);
  });
  it('is the company the article names, not a person', () => {
    const t = 'Pabrik Tekstil Tutup, Perusahaan: Pesanan Ekspor Anjlok\n\n' +
      'Manajer pabrik, Rina Sari, menerima wartawan di Bandung. PT Benang Emas Sejahtera menutup pabriknya di Cimahi pekan lalu.';
    assert.deepEqual(headline(t), ['Pesanan Ekspor Anjlok', 'PT Benang Emas Sejahtera']);
  });
  it('is no statement when no body of that kind is named', () => {
    const t = 'Mahasiswa Demo di Depan Rektorat, Kampus: Kuliah Tetap Jalan\n\nRatusan mahasiswa berunjuk rasa. PT Benang Emas Sejahtera menyewa lahan di dekat rektorat.';
    assert.equal(headline(t), undefined);
  });
  it('leaves a label of people ("Karyawan: …") with no statement', () => {
    const t = 'Pabrik Tekstil Tutup, Karyawan: Pesangon Belum Dibayar\n\nPT Benang Emas Sejahtera menutup pabriknya di Cimahi pekan lalu.';
    assert.equal(headline(t), undefined);
  });
});
