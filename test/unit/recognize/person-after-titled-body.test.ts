import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedActors as linked } from './helpers';

describe('person-after-titled-body: one word after a body a title opens (recog37, d165)', () => {
  it('is the title holder before a verb or a comma', () => {
    assert.deepEqual(linked('Anggota Fraksi PDI Perjuangan Riyanto meragukan angka itu.'), [
      'PDI Perjuangan/ORG/Partai Demokrasi Indonesia Perjuangan', 'Riyanto/PER/Riyanto',
    ]);
    assert.deepEqual(linked('Kepala BNN Marthinus, yang hadir di lokasi, menjelaskan modusnya.'), [
      'BNN/ORG/Badan Narkotika Nasional', 'Marthinus/PER/Marthinus',
    ]);
  });
  it('not without a title before the body', () => {
    assert.deepEqual(linked('Rapat di DPR Senayan berlangsung alot.'), ['DPR/ORG/Dewan Perwakilan Rakyat']);
    assert.deepEqual(linked('Petugas BNN Senin malam menjelaskan modusnya.'), ['BNN/ORG/Badan Narkotika Nasional']);
  });
});

describe('person-after-titled-body: a full name after a body a title opens (speakers46, d304)', () => {
  const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker);

  it('is the title holder, whatever verb follows, not a second organisation', () => {
    assert.deepEqual(linked('Direktur Utama Perumda Air Minum Tirta Lestari Agustina Ndolu Pello mengakui pipa bocor.'), [
      'Perumda Air Minum Tirta Lestari/ORG/Perusahaan Umum Daerah Air Minum Tirta Lestari', 'Agustina Ndolu Pello/PER/Agustina Ndolu Pello',
    ]);
    assert.deepEqual(linked('Ketua Koperasi Tani Subur Makmur Agustina Ndolu Pello hadir dalam rapat itu.'), [
      'Koperasi Tani Subur Makmur/ORG/Koperasi Tani Subur Makmur', 'Agustina Ndolu Pello/PER/Agustina Ndolu Pello',
    ]);
  });

  it('so the answers of the interview the holder gives are the holder\'s, not the company\'s', () => {
    const t = 'Direktur Utama Perumda Air Minum Tirta Lestari Agustina Ndolu Pello mengakui pipa bocor.\n\n' +
      'Berikut petikan wawancara wartawan Kompas Yakobus Nuwa dengan Agustina di kantornya, Senin.\n\n' +
      '"Kapan air mengalir setiap hari?"\n\n"Setelah bendungan selesai dibangun tahun depan."\n';
    assert.deepEqual(speakers(t), ['Yakobus Nuwa', 'Agustina Ndolu Pello']);
  });

  it('not a place, a unit or an event after the body, nor a body without a title before it', () => {
    assert.deepEqual(linked('Kepala Perum Bulog Kantor Wilayah Gorontalo menyatakan stok aman.').map((a) => a.split('/')[1]), ['ORG']);
    assert.deepEqual(linked('Direktur Utama Bank Sumut Unit Usaha Syariah menyatakan pembiayaan naik.').filter((a) => a.includes('/PER/')), []);
    assert.deepEqual(linked('Rapat Koperasi Tani Subur Makmur Senin Pagi berlangsung alot.').filter((a) => a.includes('/PER/')), []);
    assert.deepEqual(linked('Ketua Panitia Pekan Budaya Sumba Festival Tenun menyatakan acara ditunda.').filter((a) => a.includes('/PER/')), []);
  });
});
