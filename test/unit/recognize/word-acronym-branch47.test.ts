// Session 47 (misreads47): "Ketua Apdesi Pandeglang", "Ketua Amphuri Sulawesi Selatan" gave
// only the region: an association's acronym written as a word, between a title and a region
// the KB knows, is the association's regional branch, as an all-caps acronym's is
// (unknown-name.ts regionalBranchOfWord). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('an acronym written as a word before a region, after a title', () => {
  it('is one organisation', () => {
    assert.deepEqual(actors('Ketua Apdesi Pandeglang mengatakan dana desa terlambat.'), ['Apdesi Pandeglang/ORG']);
    assert.deepEqual(actors('Ketua Amphuri Sulawesi Selatan mengatakan jemaah umrah bertambah.'), ['Amphuri Sulawesi Selatan/ORG']);
    assert.deepEqual(actors('Ketua Hipmi Jawa Barat Rudi Hartono mengatakan investasi naik.'), ['Hipmi Jawa Barat/ORG', 'Rudi Hartono/PER']);
  });
  it('leaves a remit, a given name or a region head\'s place as before', () => {
    assert.deepEqual(actors('Kepala Wilayah Riau mengatakan stok aman.'), ['Riau/GPE']);
    assert.deepEqual(actors('Ketua Panitia Bandung mengatakan tiket habis.'), ['Bandung/GPE']);
    assert.deepEqual(actors('Direktur Pemasaran Indonesia mengatakan penjualan naik.'), ['Indonesia/GPE']);
    assert.deepEqual(actors('Ketua Rudi Pandeglang mengatakan dana desa terlambat.'), ['Rudi/PER', 'Pandeglang/GPE']);
    assert.deepEqual(actors('Bupati Irna Pandeglang mengatakan jalan rusak.'), ['Pandeglang/GPE']);
  });
});
