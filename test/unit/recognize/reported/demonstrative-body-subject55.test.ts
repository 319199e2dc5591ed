// "Perusahaan itu mengklaim …", "lembaga itu menyatakan …", "Pernyataan itu juga meminta
// agar …" right after a sentence whose subject is a body: the body speaks, even when its
// name does not show it is a company (no PT, no Tbk) — speakers55; dev d456, d397, d323,
// d448 showed the kind.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { testKb } from '../test-kb';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../../cpu-growth';
import { statementsOf } from './helpers';

describe('reported speech: a body named by a noun and a demonstrative (speakers55)', () => {
  it('"Perusahaan itu" after a sentence opened by a company whose name has no PT', () => {
    assert.deepEqual(statementsOf('Tirtamas Freight Services lewat keterangan pers menyebut ongkos kirim akan dipangkas. Perusahaan itu mengklaim harga solar memicu kenaikan ongkos.'), [
      'ongkos kirim akan dipangkas => Tirtamas Freight Services', 'harga solar memicu kenaikan ongkos => Tirtamas Freight Services',
    ]);
  });
  it('"lembaga itu" after a fronted adjunct, the body opening the sentence before', () => {
    assert.deepEqual(statementsOf('Badan Arsip Vanuatu menepis kabar kebocoran itu. Dalam surat edarannya, lembaga itu menyatakan semua berkas tersimpan aman.'),
      ['semua berkas tersimpan aman => Badan Arsip Vanuatu']);
  });
  it('"Pernyataan itu" is the statement of the body that issued it in the sentence before', () => {
    assert.deepEqual(statementsOf('Kementerian Perikanan Fiji menyebut kuota tangkap dikurangi mulai Juli. Pernyataan itu juga meminta agar kapal asing melapor ke pelabuhan.'), [
      'kuota tangkap dikurangi mulai Juli => Kementerian Perikanan Fiji', 'kapal asing melapor ke pelabuhan => Kementerian Perikanan Fiji',
    ]);
  });
  it('a company with PT named before stays the speaker', () => {
    assert.deepEqual(statementsOf('PT Sinar Laut Abadi menyebut kapal baru sudah lolos uji laik laut. Perusahaan itu mengklaim jadwal pelayaran tidak berubah.'), [
      'kapal baru sudah lolos uji laik laut => PT Sinar Laut Abadi', 'jadwal pelayaran tidak berubah => PT Sinar Laut Abadi',
    ]);
  });
  it('never a person, nor a ministry, for "Perusahaan itu"', () => {
    assert.deepEqual(statementsOf('Budi Santoso menyebut harga gas naik. Perusahaan itu mengklaim stok gas cukup.'), ['harga gas naik => Budi Santoso']);
    assert.deepEqual(statementsOf('Kementerian Perdagangan menyebut harga gas naik. Perusahaan itu mengklaim stok gas cukup.'),
      ['harga gas naik => Kementerian Perdagangan']);
  });
  it('never the body when the noun has no demonstrative ("Lembaga menyatakan" names no one said before)', () => {
    assert.deepEqual(statementsOf('Komisi Pemilihan Tonga membantah tuduhan itu. Lembaga survei menyatakan seluruh kotak suara sudah dihitung ulang.'), []);
  });
  it('"Pernyataan itu" is the statement named in the sentence before, not its subject\'s (fix55a)', () => {
    assert.deepEqual(statementsOf('Rina Marlina mengkritik pernyataan Kementerian Perhubungan soal tarif ojek. Pernyataan itu menyebut tarif baru berlaku pekan depan.'),
      ['tarif baru berlaku pekan depan => Kementerian Perhubungan']);
  });
  it('"Pernyataan itu" after a subject that made no statement has no speaker (fix55a)', () => {
    assert.deepEqual(statementsOf('Rina Marlina menghadiri rapat warga di balai kota. Pernyataan itu menyebut tarif baru berlaku pekan depan.'), []);
  });
  it('"Perusahaan itu" is never a police force or a court opening the sentence before (fix55a)', () => {
    assert.deepEqual(statementsOf('Kepolisian Malawi memeriksa Dorantex atas dugaan pencucian uang. Perusahaan itu menyatakan siap bekerja sama.'), []);
    assert.deepEqual(statementsOf('Pengadilan Niaga Lusaka membekukan aset Dorantex pekan lalu. Perusahaan itu menyatakan akan mengajukan banding.'), []);
  });
  it('is linear: one long paragraph of such sentences, each reading the sentence before it', function () {
    this.timeout(120_000);
    // (the relative clause inside a content, relative-in-content.ts, in every unit too)
    const unit = 'Kalinda Grid Services menyebut tarif naik. Perusahaan itu mengklaim stok cukup mengikuti laporan Komite Tarif yang menyebut harga naik. ';
    const growth = cpuGrowth((n) => analyze(unit.repeat(n), { kb: testKb }), 1_500, 3);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the scan is quadratic`);
  });
});
