// Session 52 (actors52): a letter that names a block, a class or a type ("blok B", "kelas A")
// and ends a sentence with its dot is no initial of the capitalised word opening the next
// sentence: "… di lantai dua blok B. Petugas keamanan …" has no person "B. Petugas" (dev d416).
// Own sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('actors52: a designator\'s letter before a new sentence', () => {
  it('gives no person with the next sentence\'s first word', () => {
    assert.deepEqual(actors('Api pertama kali terlihat di los ikan blok C. Petugas pasar langsung memanggil pemadam.'), []);
    assert.deepEqual(actors('Kios yang terbakar berada di los sayur blok D. Pedagang menaksir kerugian ratusan juta rupiah.'), []);
  });
  it('(guard) an initial before a name after a lower-case word is still the name', () => {
    assert.deepEqual(actors('Keterangan itu disampaikan oleh M. Yusuf di kantornya.'), ['M. Yusuf/PER']);
    assert.deepEqual(actors('Rapat dipimpin oleh B. Sudarsono di balai desa.'), ['B. Sudarsono/PER']);
    assert.deepEqual(actors('Ketua kelas B. Sudarsono kemudian menyerahkan surat itu.'), ['B. Sudarsono/PER']);
  });
});
