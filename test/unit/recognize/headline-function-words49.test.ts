// A Title Case headline writes the short prepositions in lower case: "dalam", "atas", "lewat",
// "melalui", "tentang", "selama", "kepada" … (dev d370's "… Universitas X Berubah dalam Semalam").
// Not taken for a headline, the line was read as body text and the headline's verb glued to the
// organisation before it, whose name the whole article then took. Sentences written for this test.
import assert from 'node:assert/strict';
import { linkedActors as named } from './helpers';

describe('Title Case headlines with a lower-case preposition', () => {
  it('are read as headlines: no verb glued to the organisation', () => {
    const got = named('Nilai Mahasiswa Institut Sains Lembayung Berubah dalam Semalam\n\nSekitar 900 mahasiswa Institut Sains Lembayung mendapati nilai mereka berubah.');
    assert.ok(got.every((n) => !n.includes('Berubah')), got.join(' | '));
    assert.ok(got.includes('Institut Sains Lembayung/ORG/Institut Sains Lembayung'), got.join(' | '));
  });
  it('read a Title Case "Bahasa" before a language as the language', () => {
    const got = named('Penonton Ikut Menyanyi dalam Bahasa Jawa di Paramaribo\n\nPenonton di Paramaribo ikut bernyanyi.');
    assert.ok(got.every((n) => !n.startsWith('Jawa/')), got.join(' | '));
  });
  it('(guard) a body sentence with "dalam" is read as body text', () => {
    assert.ok(named('Ketua Koperasi Sinar Harapan, Budi Santoso, mengatakan dalam rapat itu harga naik.').includes('Budi Santoso/PER/Budi Santoso'));
    assert.ok(named('Anggota Komisi C, Budi Santoso, dalam rapat itu meminta data guru.').includes('Budi Santoso/PER/Budi Santoso'));
  });
});
