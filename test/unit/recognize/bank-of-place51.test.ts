// Session 51 (actors51): "Bank" opening a sentence is read as the plain noun when a place
// follows ("Pasukan Rusia …" is troops), yet "Bank Jateng", "Bank Kalbar" are regional banks:
// a bank's name is "Bank" and a place wherever it stands, as it is read mid-sentence
// (organisation-head.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('actors51: a bank named by its place at a sentence start', () => {
  it('is the bank, not the place', () => {
    assert.deepEqual(actors('Bank Jateng sudah menyetujui kredit untuk koperasi itu.'), ['Bank Jateng/ORG']);
    assert.deepEqual(actors('Pengurus mengaku kesulitan. "Bank Kalbar meminta jaminan sertifikat tanah," ujarnya.'), ['Bank Kalbar/ORG']);
  });
  it('(guard) other common nouns before a place stay nouns', () => {
    assert.deepEqual(actors('Pasukan Rusia menembaki desa itu semalaman.'), ['Rusia/GPE']);
    assert.deepEqual(actors('Kantor Samarinda tutup sejak Senin.'), ['Samarinda/GPE']);
  });
  it('(guard) a bank the KB knows reads as before', () => {
    assert.deepEqual(actors('Bank Indonesia menahan suku bunga acuan.'), ['Bank Indonesia/ORG']);
  });
});
