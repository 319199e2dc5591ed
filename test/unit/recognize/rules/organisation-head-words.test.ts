import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { mentions } from './trace';

// Heads of bodies the KB does not know that the organisation-head rule did not take: the
// body's name was read as a person or left out, and the country or province ending it
// became a place of its own (issue 13, dev errors of session 43).
describe('actor rule organisation-head: more heads of a body\'s name', () => {
  it('a foreign ministry written "Departemen", with its country, is one body', () => {
    assert.deepEqual(mentions('Juru bicara Departemen Luar Negeri Ruritania, Maria Santos Reyes, menolak.'), [
      'Departemen Luar Negeri Ruritania/ORG', 'Maria Santos Reyes/PER',
    ]);
  });
  it('a Malay "Jabatan" and a "Jaringan" ending in a country are bodies', () => {
    assert.deepEqual(mentions('Angka itu menurut data Jabatan Perangkaan Malaysia.'), ['Jabatan Perangkaan Malaysia/ORG']);
    assert.deepEqual(mentions('Pendapat datang dari Jaringan Pemerhati Sekolah Indonesia (JPSI).'), [
      'Jaringan Pemerhati Sekolah Indonesia/ORG', 'JPSI/ORG',
    ]);
  });
  it('a laboratory with its police office and a coast guard are one body each', () => {
    assert.deepEqual(mentions('Penyidik menunggu hasil Laboratorium Forensik Polda Bali pekan depan.'), ['Laboratorium Forensik Polda Bali/ORG']);
    assert.deepEqual(mentions('Dua kapal milik Penjaga Pantai Filipina berlayar ke utara.'), ['Penjaga Pantai Filipina/ORG']);
  });
  it('a "Balai Bahasa" is the language agency\'s office, not a hall', () => {
    assert.deepEqual(mentions('Kepala Balai Bahasa Provinsi Jawa Tengah hadir.'), ['Balai Bahasa Provinsi Jawa Tengah/ORG']);
  });
  it('the same words starting a sentence as common nouns stay no body', () => {
    assert.deepEqual(mentions('Jaringan internet di desa itu putus.'), []);
    assert.deepEqual(mentions('Jabatan itu kosong sejak Mei.'), []);
    assert.deepEqual(mentions('Penjaga sekolah membuka gerbang.'), []);
  });
});

describe('actor rule organisation-head: the initials of a kind of body before its name', () => {
  it('a savings cooperative, a badminton club, a religious affairs office', () => {
    assert.deepEqual(mentions('Ribuan anggota mendatangi kantor KSP Sumber Rejeki di Klaten.'), ['KSP Sumber Rejeki/ORG', 'Klaten/GPE']);
    assert.deepEqual(mentions('Tiga pemain binaan PB Rajawali Muda tersingkir.'), ['PB Rajawali Muda/ORG']);
    assert.deepEqual(mentions('Kepala KUA Kecamatan Sukamaju mengaku kekurangan penyuluh.'), ['KUA Kecamatan Sukamaju/ORG']);
  });
});

describe('actor rule organisation-head: a head repeating a known body\'s first word (head-of-known-name.ts)', () => {
  // (the built-in KB, which knows BEI)
  const found = (p: string) => analyze(p).actors.map((a) => `${a.text}/${a.type}`);
  it('"Bursa BEI" is the exchange, named by its initials', () => {
    assert.deepEqual(found('Direktur Pengaturan Anggota Bursa BEI Irwan Santoso membantah kabar itu.'), ['BEI/ORG', 'Irwan Santoso/PER']);
  });
});
