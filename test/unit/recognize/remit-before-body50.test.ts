// Session 50 (actors50b): after a title, words the name model reads as no name, followed at
// once by an organisation the rules find (a head such as "PT", "Bank", an acronym) or by a
// lower-case body noun with "tersebut"/"itu", are the title's remit, not the holder: the
// holder is named after the body ("Direktur Produksi PT X, Budi …"). Own sentences.
import assert from 'node:assert/strict';
import { personTexts as people } from './helpers';

describe('actors50b: a title\'s remit before the body it belongs to', () => {
  it('is no person before an organisation head or an acronym', () => {
    assert.deepEqual(people('Direktur Produksi PT Sinar Laut, Hendra Kusuma, mengatakan penjualan naik.'), ['Hendra Kusuma']);
    assert.deepEqual(people('Pemimpin Cabang Utama Bank Sentosa, Rudi Hartono, menyebut kredit tumbuh.'), ['Rudi Hartono']);
    assert.deepEqual(people('Presiden Mahasiswa BEM Unhas, Andi Rahmat, menyebut aksi berjalan damai.'), ['Andi Rahmat']);
    assert.deepEqual(people('Direktur Bina KUA Kemenag, Ahmad Fauzi, mengatakan aturan berlaku.'), ['Ahmad Fauzi']);
  });
  it('is no person before a body written in lower case ("dinas tersebut")', () => {
    assert.deepEqual(people('Kepala Seksi Distribusi dinas tersebut, Maria Ulfa, mengatakan stok aman.'), ['Maria Ulfa']);
    assert.deepEqual(people('Kepala Divisi Wali Amanat bank itu, Maria Ulfa, mengatakan rapat digelar.'), ['Maria Ulfa']);
  });
  it('guards: a holder\'s name before a body, and a remit the model reads as a name, stay', () => {
    assert.deepEqual(people('Direktur Produksi Hendra Kusuma mengatakan penjualan naik.'), ['Hendra Kusuma']);
    assert.deepEqual(people('Direktur Produksi PT Sinar Laut Hendra Kusuma mengatakan penjualan naik. Hendra Kusuma hadir.').includes('Produksi'), false);
    assert.deepEqual(people('Menteri Budi Santoso dan Gubernur Rina Wulandari meninjau lokasi banjir.'), ['Budi Santoso', 'Rina Wulandari']);
    assert.deepEqual(people('Kepala Desa Sutrisno PKK setempat ikut hadir.').includes('Sutrisno'), true);
  });
});
