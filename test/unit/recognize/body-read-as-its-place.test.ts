import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

// Bodies named by a head word and a place the KB knows: the place alone was read, as GPE.
describe('a body named by its head and a place ("Kesultanan Ternate", "Balai Veteriner Lampung")', () => {
  it('reads a sultanate as a body, alone and inside a longer body name', () => {
    assert.deepEqual(actors('Pewaris Kesultanan Ternate belum dipilih.'), ['Kesultanan Ternate/ORG']);
    assert.deepEqual(actors('Upacara di Kesultanan Tidore ditunda sepekan.'), ['Kesultanan Tidore/ORG']);
    assert.deepEqual(actors('Warga menunggu putusan Dewan Adat Kesultanan Ternate malam ini.'), ['Dewan Adat Kesultanan Ternate/ORG']);
  });
  it('reads a veterinary office ("Balai Veteriner") as a body, its head apart', () => {
    assert.deepEqual(actors('Kepala Balai Veteriner Subang Andi Wirawan mengatakan sampel sudah diuji.'),
      ['Balai Veteriner Subang/ORG', 'Andi Wirawan/PER']);
    assert.deepEqual(actors('Petugas Balai Veteriner Bukittinggi turun ke desa.'), ['Balai Veteriner Bukittinggi/ORG']);
  });
  it('reads a law-enforcement or quarantine office ("Balai Gakkum …", "Balai Karantina") as a body, even bare', () => {
    assert.deepEqual(actors('Petugas Balai Gakkum Kehutanan Maluku menyita kayu olahan.'), ['Balai Gakkum Kehutanan Maluku/ORG']);
    assert.deepEqual(actors('Perkara itu kini ditangani Balai Gakkum.'), ['Balai Gakkum/ORG']);
    assert.deepEqual(actors('Sapi itu diperiksa Balai Karantina lebih dulu.'), ['Balai Karantina/ORG']);
    assert.deepEqual(actors('Petugas Balai Kawasan Konservasi Perairan Nasional Ambon memantau lumba-lumba itu.'),
      ['Balai Kawasan Konservasi Perairan Nasional Ambon/ORG']);
  });
  it('leaves a hall ("Balai Desa") no body', () => {
    assert.deepEqual(actors('Warga berkumpul di Balai Desa sejak pagi.'), []);
  });
});

// Dev d272: a library ("Perpustakaan Nasional") was read as a place, and a librarian's rank
// ("Pustakawan Ahli Madya") as a person.
describe('a library body and a librarian\'s rank', () => {
  it('reads "Perpustakaan …" as a body and "Pustakawan Ahli Madya" as a title', () => {
    assert.deepEqual(actors('Pustakawan Ahli Madya Perpustakaan Nasional, Wulan Pratiwi, membenarkan rencana itu.'),
      ['Perpustakaan Nasional/ORG', 'Wulan Pratiwi/PER']);
  });
});

// Dev d264: an acronym before a region named with its official prefix ("DPRD Kota <city>")
// was cut from the place when the KB knows the city only without the prefix.
describe('an acronym and a prefixed region ("DPRD Kota <city>")', () => {
  it('reads the acronym, the prefix and the city as one body', () => {
    assert.deepEqual(actors('Warga meminta DPRD Kota Makassar memanggil dinas itu.'), ['DPRD Kota Makassar/ORG']);
  });
  it('leaves a code before the place alone ("KTP Kota …")', () => {
    assert.deepEqual(actors('Ia memakai KTP Kota Ternate.'), ['Kota Ternate/GPE']);
  });
});
