// Session 46 (actors46, issue 13): "Kerajaan Ayutthaya" gave a place "Kerajaan" and the
// province, "Peninggalan Kerajaan Majapahit" a person; "teh Assam" the Indian state.
// A kingdom that is no country the KB knows is a body, as a sultanate is (lexicon.ts
// ORG_HEADS, organisation-head.ts); a tea or coffee named after a foreign region is the
// variety (feature-named-after-place.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('a kingdom named with "Kerajaan"', () => {
  it('is a body when no country follows', () => {
    assert.deepEqual(actors('Candi itu dibangun pada masa Kerajaan Ayutthaya.'), ['Kerajaan Ayutthaya/ORG/Kerajaan Ayutthaya']);
    assert.deepEqual(actors('Peninggalan Kerajaan Majapahit ditemukan warga.'), ['Kerajaan Majapahit/ORG/Kerajaan Majapahit']);
  });
  it('is the country the KB knows, with or without its own alias', () => {
    assert.deepEqual(actors('Kerajaan Arab Saudi menolak usul itu.'), ['Kerajaan Arab Saudi/GPE/Saudi Arabia']);
    assert.deepEqual(actors('Kerajaan Belanda menolak usul itu.'), ['Belanda/GPE/Netherlands']);
    assert.deepEqual(actors('Pemerintah Kerajaan Kamboja menolak usul itu.'), ['Kamboja/GPE/Cambodia']);
    assert.deepEqual(actors('Raja Kerajaan Yordania Abdullah II hadir.'), ['Yordania/GPE/Jordan', 'Abdullah II/PER/Abdullah II of Jordan']);
  });
});

describe('a tea or coffee named after a foreign region', () => {
  it('is the variety, not the region', () => {
    assert.deepEqual(actors('Ia minum teh Assam di Bangkok.'), ['Bangkok/GPE/Bangkok']);
  });
  it('keeps a country, an Indonesian region and a region the crop word does not name', () => {
    assert.deepEqual(actors('Ekspor teh India naik, sementara ekspor kopi Vietnam turun.'), ['India/GPE/India', 'Vietnam/GPE/Vietnam']);
    assert.deepEqual(actors('Petani teh di Assam memprotes harga.'), ['Assam/GPE/Assam']);
    assert.deepEqual(actors('Harga kopi Aceh naik.'), ['Aceh/GPE/Aceh']);
  });
});
