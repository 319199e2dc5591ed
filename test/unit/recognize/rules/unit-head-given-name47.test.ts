// Session 47 (misreads47, review of session 46): "Kapolsek <word> <verb>" read a Javanese
// given name that is also a word ("Slamet", "Sugeng", "Rahmat") as the police sector's
// kecamatan, because the name model alone scores it low; read after the title as a reporting
// verb's subject it is a name (village-official.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from '../helpers';

describe('a unit head named by a one-word given name that is also a word', () => {
  it('keeps the officer after Kapolsek or Danramil', () => {
    assert.deepEqual(actors('Kapolsek Slamet mengatakan pelaku sudah ditangkap.'), ['Slamet/PER']);
    assert.deepEqual(actors('Kapolsek Sugeng menjelaskan motif pelaku.'), ['Sugeng/PER']);
    assert.deepEqual(actors('"Kami masih mencari pelaku," kata Kapolsek Rahmat.'), ['Rahmat/PER']);
    assert.deepEqual(actors('Danramil Gatot menambahkan jalan sudah dibuka.'), ['Gatot/PER']);
  });
  it('still reads the kecamatan there', () => {
    assert.deepEqual(actors('Kapolsek Tebet menjelaskan pelaku sudah ditahan.'), []);
    assert.deepEqual(actors('Kapolsek Ciracas mengatakan pelaku sudah ditahan.'), []);
    assert.deepEqual(actors('Kapolsek Senen menegaskan patroli ditambah.'), []);
    assert.deepEqual(actors('Danramil Kledung menambahkan bahwa jalan ditutup.'), []);
    assert.deepEqual(actors('"Pelaku sudah kami kenali," kata Kapolsek Cilincing.'), []);
  });
  it('reads a place-like name the article writes as a kecamatan as the place', () => {
    assert.deepEqual(actors('Tawuran pecah di Kecamatan Sukajadi. Kapolsek Sukajadi mengatakan dua pelajar ditahan.'), []);
  });
});
