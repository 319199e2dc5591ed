// A headline's short office title before its colon ("…, Kadinkes: …", "…, Kadispar: …") is
// the person the body introduces with the title written out ("Kepala Dinas Kesehatan
// Kabupaten Kudus, dr. Rina Wati"), past a title's abbreviation before the name (session 48,
// issue 14). Articles written for this test.
import assert from 'node:assert/strict';
import { statementPairsWithTestKb } from './helpers';

const body = (title: string, name: string): string =>
  `\n\nKUDUS - Puluhan warga Desa Jati dirawat karena diare sejak pekan lalu.\n\n${title}, ${name}, mengatakan hasil uji laboratorium keluar pekan depan.`;

describe('headline short titles written out (session 48)', () => {
  it('"Kadinkes:" is the head of the health office named with "dr." before the name', () => {
    const text = 'Diare di Kudus, Kadinkes: Air Sumur Warga Belum Layak Diminum' + body('Kepala Dinas Kesehatan Kabupaten Kudus', 'dr. Rina Wati');
    assert.deepEqual(statementPairsWithTestKb(text)[0], ['Air Sumur Warga Belum Layak Diminum', 'Rina Wati']);
  });
  it('"Kadispar:" is the head of the tourism office', () => {
    const text = 'Tiket Masuk Pantai Naik, Kadispar: Uangnya untuk Kebersihan Pantai' + body('Kepala Dinas Pariwisata Kabupaten Kudus', 'Budi Hartono');
    assert.deepEqual(statementPairsWithTestKb(text)[0], ['Uangnya untuk Kebersihan Pantai', 'Budi Hartono']);
  });
  it('nobody named with that office: no statement (guard)', () => {
    const text = 'Diare di Kudus, Kadinkes: Air Sumur Warga Belum Layak Diminum' + body('Kepala Puskesmas Jati', 'dr. Rina Wati');
    assert.equal(statementPairsWithTestKb(text).some(([t]) => t === 'Air Sumur Warga Belum Layak Diminum'), false);
  });
  it('a full stop ending a sentence still bounds the title (guard)', () => {
    const text = 'Diare di Kudus, Kadinkes: Air Sumur Warga Belum Layak Diminum\n\nKUDUS - Kepala Dinas Kesehatan Kabupaten Kudus meninjau desa. Rina Wati, warga setempat, mengatakan airnya keruh.';
    assert.equal(statementPairsWithTestKb(text).some(([t]) => t === 'Air Sumur Warga Belum Layak Diminum'), false);
  });
});
