// defined-terms.ts: a term's Title Case name defined with an acronym ("Izin Usaha
// Pertambangan (IUP)") is no actor, nor is the acronym wherever the article reuses it.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as linked } from './helpers';
import { definedTermStart, syllabicTermStart } from '../../../src/core/recognize/defined-terms';

describe('defined-terms (Izin Usaha Pertambangan (IUP))', () => {
  it('a permit, a system, a thing defined with an acronym: neither the words nor the acronym are actors (d152, d156, d157)', () => {
    assert.deepEqual(linked('Perusahaan mengantongi Izin Usaha Pertambangan (IUP) sejak 2019. IUP itu meliputi 1.250 hektare.'), []);
    assert.deepEqual(linked('Mereka memprotes hasil Sistem Penerimaan Murid Baru (SPMB) tahun ini.\nSPMB memakai titik koordinat rumah.'), []);
    assert.deepEqual(linked('Tim menyebut objek itu sebagai Benda Jatuh Antariksa (BJA).\nBJA alami berbeda dengan sampah antariksa.'), []);
  });
  it('an event named by its last word (Championship) and its acronym are no actors (d155)', () => {
    assert.deepEqual(linked('Ia finis ketiga pada Asia Road Racing Championship (ARRC) di Lombok Tengah. Seri ARRC berikutnya digelar bulan depan.'), ['Lombok Tengah/GPE']);
  });
  it('a body keeps its acronym: an organisation head, a name that goes on before the spelled words, "Forum"', () => {
    assert.deepEqual(linked('Dapur umum dibuka relawan Aksi Cepat Tanggap (ACT) pada Senin.'), ['Aksi Cepat Tanggap/ORG', 'ACT/ORG']);
    assert.deepEqual(linked('Ketua Aliansi Pengemudi Daring Nusantara (APDN) hadir.'), ['Aliansi Pengemudi Daring Nusantara/ORG', 'APDN/ORG']);
    const text = 'para delegasi World Economic Forum (WEF) di Davos';
    assert.equal(definedTermStart(text, text.indexOf('('), 'WEF'), -1);
    const longer = 'kepada Badan Izin Usaha (IU) setempat';
    assert.equal(definedTermStart(longer, longer.indexOf('('), 'IU'), -1);
  });
  it('the start of the spelled words, function words between them allowed', () => {
    const text = 'mengurus Izin Usaha di Bidang Perikanan (IUBP) dahulu';
    assert.equal(definedTermStart(text, text.indexOf('('), 'IUBP'), text.indexOf('Izin'));
    const wrong = 'mengurus Izin Usaha Perikanan (IUP) dahulu';
    assert.equal(definedTermStart(wrong, wrong.indexOf('('), 'IUX'), -1);
  });
  it('a term shortened by the first letters of its words is no actor, nor its words (Amdal, Andalalin; d156)', () => {
    const text = 'Proyek itu memerlukan Analisis Mengenai Dampak Lingkungan (Amdal) yang disetujui KLH. Dokumen Amdal belum terbit.';
    assert.equal(syllabicTermStart(text, text.indexOf('(Amdal)'), 'Amdal'), text.indexOf('Analisis'));
    assert.deepEqual(analyze(text).actors.map((a) => a.text), ['KLH']);
    const t2 = 'Warga meminta Analisis Dampak Lalu Lintas (Andalalin) dibuka.';
    assert.equal(syllabicTermStart(t2, t2.indexOf('(Andalalin)'), 'Andalalin'), t2.indexOf('Analisis'));
    // a body's name is no term, nor words that do not spell the short form
    const t3 = 'Ketua Badan Amil Zakat Nasional (Baznas) hadir. Lalu Analisis Dampak Sosial (Amdal) dibahas.';
    assert.equal(syllabicTermStart(t3, t3.indexOf('(Baznas)'), 'Baznas'), -1);
    assert.equal(syllabicTermStart(t3, t3.indexOf('(Amdal)'), 'Amdal'), -1);
  });
  it('an education or training programme, or a government programme, defined with an acronym is no actor (d254)', () => {
    assert.deepEqual(linked('Ia belum lulus Pendidikan Profesi Bidan (PPB) tahun lalu.\nKuota PPB di daerah itu sangat kecil.'), []);
    assert.deepEqual(linked('Warga menerima Program Sembako Murah (PSM) setiap bulan. Penyaluran PSM sempat tertunda.'), []);
    assert.deepEqual(linked('Petani mengikuti Pelatihan Tani Organik (PTO) di balai desa. Peserta PTO mendapat sertifikat.'), []);
  });
});
