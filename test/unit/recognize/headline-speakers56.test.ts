// Headline statements (speakers56): "…, Bupati X Nilai <clause>" (the session 52 ruling lists
// "Nilai" with the headline reporting verbs; not "Nilai Tukar", "Nilai Impor", where "nilai" is
// the noun: fix56a), and "Kapolres X: <statement>" whose holder the body names after a rank
// ("Kapolres X, AKBP Name"). Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const reported = (text: string) => (analyze(text).reported ?? []).map((s) => `${s.text}/${s.speaker}/${s.cue}`);

const LEAD = '\n\nSLEMAN - Lima fraksi di DPRD Kabupaten Sleman menolak laporan Bupati Sleman, Bambang Sutrisno, dalam rapat paripurna, Senin (3/5/2027).';

describe('headline "Nilai" + clause (speakers56)', () => {
  it('reads the judgement of the title holder the lead names', () => {
    const text = `Lima Fraksi Tolak Laporan, Bupati Sleman Nilai Anggaran Pendidikan Sudah Memadai${LEAD}`;
    assert.deepEqual(reported(text)[0], 'Anggaran Pendidikan Sudah Memadai/Bambang Sutrisno/Nilai');
  });
  it('guard: "Nilai" as a noun, or with a noun object only, reports nothing', () => {
    assert.equal(reported(`Nilai Tukar Rupiah Melemah Jelang Akhir Pekan${LEAD}`).some((s) => s.startsWith('Tukar')), false);
    assert.equal(reported(`Lima Fraksi Tolak Laporan, Bupati Sleman Nilai Kinerja Dinas${LEAD}`).some((s) => s.endsWith('/Nilai')), false);
  });
});

describe('headline "X Nilai" before a noun that makes "nilai" the noun (fix56a)', () => {
  const lead = '\n\nJAKARTA - Bank Indonesia (BI) dan Kementerian Perdagangan (Kemendag) merilis data perdagangan bulan Mei, Selasa (4/6/2027).';
  const nilai = (headline: string) => reported(headline + lead).filter((s) => s.endsWith('/Nilai'));
  it('reads "Nilai Tukar", "Nilai Impor", "Nilai Transaksi" as the noun: no statement', () => {
    assert.deepEqual(nilai('BI Nilai Tukar Rupiah Masih Stabil Sepekan'), []);
    assert.deepEqual(nilai('Kemendag Nilai Impor Gula Melonjak Jelang Lebaran'), []);
    assert.deepEqual(nilai('BI Nilai Transaksi Digital Tumbuh Pesat'), []);
  });
  it('guard: "X Nilai" before any other subject still reports', () => {
    assert.deepEqual(nilai('Kemendag Nilai Pasokan Gula Sudah Cukup'), ['Pasokan Gula Sudah Cukup/Kementerian Perdagangan Republik Indonesia/Nilai']);
  });
});


describe('headline "Kapolres X:" whose holder the body names after a rank (speakers56)', () => {
  const body = '\n\nWONOSOBO - Tanah longsor menimbun ruas jalan menuju dataran tinggi Dieng sejak Rabu malam.\n\n' +
    'Menurut Kapolres Wonosobo, AKBP Yudha Pratama, petugas masih mengalihkan kendaraan ke jalur lain.';
  const headline = 'Kapolres Wonosobo: Jalur Dieng Ditutup Sampai Material Longsor Dibersihkan';
  it('gives the statement to the officer, not to the regency', () => {
    assert.deepEqual(reported(headline + body)[0], 'Jalur Dieng Ditutup Sampai Material Longsor Dibersihkan/Yudha Pratama/:');
  });
  it('guard: a holder of another title after a rank is not taken', () => {
    const other = body.replace('Kapolres Wonosobo, AKBP', 'Wakapolres Wonosobo, Kompol');
    assert.notEqual(reported(headline + other)[0], 'Jalur Dieng Ditutup Sampai Material Longsor Dibersihkan/Yudha Pratama/:');
  });
});
