// Kinship terms of address before a name ("Bang Rizal", "Mas Bagas", "Mbak Sari", "Kang
// Dedi"): as "Pak" and "Bu", a word of address, not part of the name (lexicon.ts
// TITLE_HEADS). Failed before the change (dev d196, d200).
import assert from 'node:assert/strict';
import { mentions } from './rules/trace';

describe('kinship terms of address before a name', () => {
  it('stay outside the person\'s name', () => {
    assert.deepEqual(mentions('Menurut Bang Rizal, jalur pendakian aman.'), ['Rizal/PER']);
    assert.deepEqual(mentions('Mas Bagas bilang harga sewa lapak naik.'), ['Bagas/PER']);
    assert.deepEqual(mentions('Kata Mbak Sari, pesanan naik dua kali lipat.'), ['Sari/PER']);
    assert.deepEqual(mentions('Kang Dedi menyapa warga di alun-alun.'), ['Dedi/PER']);
  });
});
