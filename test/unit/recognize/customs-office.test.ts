import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('customs-office: "Bea Cukai" and the port it serves (recog37, d162)', () => {
  it('takes the port before a verb, and before the office head\'s full name', () => {
    assert.deepEqual(linked('Polda Sumatera Utara bersama Bea Cukai Kualanamu menggagalkan penyelundupan.'), [
      'Polda Sumatera Utara/ORG/Kepolisian Daerah Sumatera Utara', 'Bea Cukai Kualanamu/ORG/Bea Cukai Kualanamu',
    ]);
    assert.deepEqual(linked('Kepala Bea Cukai Kualanamu Rika Oktaviani mengatakan barang itu disita.'), [
      'Bea Cukai Kualanamu/ORG/Bea Cukai Kualanamu', 'Rika Oktaviani/PER/Rika Oktaviani',
    ]);
  });
  it('leaves a name right after "Bea Cukai" to the person, and a known region to the regional office', () => {
    assert.deepEqual(linked('Kepala Bea Cukai Rika Oktaviani mengatakan barang itu disita.'), [
      'Bea Cukai/ORG/Direktorat Jenderal Bea dan Cukai', 'Rika Oktaviani/PER/Rika Oktaviani',
    ]);
    assert.deepEqual(linked('Petugas Bea Cukai Batam memeriksa kapal itu.'), ['Bea Cukai Batam/ORG/Direktorat Jenderal Bea dan Cukai Batam']);
  });
  it('takes no headline verb as a port: a Title-Case headline keeps the linked "Bea Cukai" (fixB37)', () => {
    assert.deepEqual(linked('Bea Cukai Tahan Tiga Kontainer Bawang di Pelabuhan Belawan\n\nPetugas memeriksa muatan itu.').slice(0, 1), [
      'Bea Cukai/ORG/Direktorat Jenderal Bea dan Cukai',
    ]);
    assert.deepEqual(linked('Bea Cukai Lelang Mobil Sitaan Senilai Rp 2 Miliar\n\nLelang digelar pekan depan.').slice(0, 1), [
      'Bea Cukai/ORG/Direktorat Jenderal Bea dan Cukai',
    ]);
  });
});
