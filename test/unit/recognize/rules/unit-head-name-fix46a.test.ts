// Session 46 (fix46a, review46): the kecamatan read of "Kapolsek <word> <verb>" took the
// officer's own one-word name ("Kapolsek Suparman", "Kapolsek Wahyudi") for the place and
// dropped him. Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors, quoteSpeakers as speakers } from '../helpers';

describe('a unit head named by his one-word name before a verb', () => {
  it('keeps a one-word given name after Kapolsek or Danramil as the officer', () => {
    assert.deepEqual(actors('"Sudah kami bubarkan," kata Kapolsek Suparman.'), ['Suparman/PER']);
    assert.deepEqual(speakers('"Sudah kami bubarkan," kata Kapolsek Suparman.'), ['Suparman']);
    assert.deepEqual(actors('Kapolsek Wahyudi menegaskan tidak ada korban jiwa.'), ['Wahyudi/PER']);
    assert.deepEqual(actors('Kapolsek Ahmad mengatakan korban diduga terpeleset.'), ['Ahmad/PER']);
    assert.deepEqual(actors('Danramil Hartono menambahkan jalan sudah dibuka.'), ['Hartono/PER']);
  });
  it('still reads a kecamatan there', () => {
    assert.deepEqual(actors('Kapolsek Menteng mengatakan pelaku sudah ditahan.'), []);
    assert.deepEqual(actors('Danramil Cilincing menambahkan warga sudah dievakuasi.'), []);
    assert.deepEqual(actors('Kapolsek Kuta mengatakan pihaknya masih menyelidiki kasus itu.'), []);
  });
  it('reads a word the article names as a kecamatan as the place', () => {
    assert.deepEqual(
      actors('Banjir merendam tiga desa di Kecamatan Sudirman. Kapolsek Sudirman mengatakan warga sudah mengungsi.'),
      [],
    );
  });
});
