import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const reported = (text: string) => (analyze(text).reported ?? []).map((s) => `${s.text}/${s.speaker}/${s.cue}`);

describe('headline-title-speaker ("Ketua BPKN: …" is the statement of the chairman the body names)', () => {
  it('gives the headline statement to the holder of the title named in the body, also when the body is found only there', () => {
    const text = 'Ketua BPKN: Produsen Wajib Ganti Biaya Pengobatan Korban\n\nJAKARTA - Badan Perlindungan Konsumen Nasional (BPKN) menggelar rapat.\n\nKetua BPKN, Hermawan Setiaji, mengatakan lembaganya sudah memanggil produsen.';
    assert.deepEqual(reported(text)[0], 'Produsen Wajib Ganti Biaya Pengobatan Korban/Hermawan Setiaji/:');
  });
  it('reads a short title and a label before it ("WAWANCARA - Rektor Untan:", "Dirut Pelni:")', () => {
    const a = 'WAWANCARA - Rektor Untan: Status PTN-BH Bukan Alasan Menaikkan UKT\n\nPONTIANAK - Universitas Tanjungpura (Untan) berubah status.\n\nRektor Untan, Agustinus Lumbantobing, menegaskan kampusnya tidak menaikkan UKT.';
    assert.deepEqual(reported(a)[0], 'Status PTN-BH Bukan Alasan Menaikkan UKT/Agustinus Lumbantobing/:');
    const b = 'Dirut Pelni: Penggabungan Tak Akan Picu PHK\n\nDanantara menyiapkan penggabungan PT Pelayaran Nasional Indonesia (Persero) atau Pelni dengan perusahaan lain.\n\nKetua Serikat Pekerja Pelni, Yosef Bili, meminta manajemen terbuka.\n\nDirektur Utama Pelni, Tri Andayani Siregar, memastikan tidak ada PHK.';
    assert.deepEqual(reported(b)[0], 'Penggabungan Tak Akan Picu PHK/Tri Andayani Siregar/:');
  });
  it('re-attributes a statement the paragraph pass gave to the body ("Ketua AFPI: …", the holder after the acronym)', () => {
    const text = 'Ketua AFPI: Tunggakan Pinjaman Daring Melonjak Jelang Lebaran\n\nKetua Umum Asosiasi Fintech Pendanaan Bersama Indonesia (AFPI) Darmawan Kusnadi menyebut tunggakan naik dua kali lipat.';
    assert.deepEqual(reported(text)[0], 'Tunggakan Pinjaman Daring Melonjak Jelang Lebaran/Darmawan Kusnadi/:');
  });
  it('gives an interview headline "Wawancara <Trade> <Name>: …" in Title Case to the person interviewed (dev d264)', () => {
    const text = 'Wawancara Sutradara Andika Rahman Siregar: Panggung Kecil Seperti Rumah Tanpa Atap\n\nKOMPAS.com - Sanggar teater pimpinan Andika Rahman Siregar kehilangan tempat latihan di Medan.';
    assert.deepEqual(reported(text)[0], 'Panggung Kecil Seperti Rumah Tanpa Atap/Andika Rahman Siregar/:');
    // (no interview label: a topic before the name, no statement of this rule)
    const topic = 'Debat Panas Andika Rahman Siregar: Panggung Kecil Seperti Rumah Tanpa Atap\n\nKOMPAS.com - Sanggar teater pimpinan Andika Rahman Siregar kehilangan tempat latihan di Medan.';
    assert.equal(reported(topic).some((s) => s.endsWith('/:')), false);
  });
  it('leaves a headline alone when the body names no holder', () => {
    const text = 'Ketua BPKN: Produsen Wajib Ganti Biaya Pengobatan Korban\n\nBadan Perlindungan Konsumen Nasional (BPKN) menggelar rapat.';
    assert.equal(reported(text).some((s) => s.endsWith('/:')), false);
  });
  it('gives "Kadis <unit> <regency>: …" to the person the body names with the long title, in apposition or after it (dev d246, d272)', () => {
    const a = 'Kadis Pertanian Sumba Barat: Benih Jagung Datang Terlambat Dua Bulan\n\nWAIKABUBAK - Petani di Kabupaten Sumba Barat belum menanam jagung. Kompas berbincang dengan kepala dinasnya, Yosef Ndapa Lero, di kantornya, Selasa.\n\nYosef: "Benih dari pusat baru tiba pekan lalu."';
    assert.deepEqual(reported(a)[0], 'Benih Jagung Datang Terlambat Dua Bulan/Yosef Ndapa Lero/:');
    const b = 'Kadis Perikanan Buton Selatan: Harga Rumput Laut Jatuh Separuh\n\nBATAUGA - Wartawan kami mewawancarai Kepala Dinas Kelautan dan Perikanan Kabupaten Buton Selatan Andi Rahmat Saleh di Batauga, Rabu.\n\nAndi: "Pembeli dari Makassar berhenti datang."';
    assert.deepEqual(reported(b)[0], 'Harga Rumput Laut Jatuh Separuh/Andi Rahmat Saleh/:');
  });
  it('leaves a "Kadis" headline alone when nobody is named with the long title', () => {
    const text = 'Kadis Pertanian Sumba Barat: Benih Jagung Datang Terlambat Dua Bulan\n\nWAIKABUBAK - Petani di Kabupaten Sumba Barat belum menanam jagung, kata Yosef Ndapa Lero, seorang petani.';
    assert.equal(reported(text).some((s) => s.endsWith('/:')), false);
  });
});
