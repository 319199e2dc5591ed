// Session 46 (actors46, issue 13): "Kapolsek Kuta mengatakan …" with no comma and no rank
// read the kecamatan of the police sector as a person "Kuta". Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from '../helpers';

describe('a unit head titled by his kecamatan before a verb', () => {
  it('the place after Kapolsek or Danramil, before a lower-case verb or the sentence end, is no person', () => {
    assert.deepEqual(actors('Kapolsek Kuta mengatakan pihaknya masih menyelidiki kasus itu.'), []);
    assert.deepEqual(actors('Danramil Kledung menambahkan bahwa jalan ditutup.'), []);
    assert.deepEqual(actors('"Pelaku sudah kami kenali," kata Kapolsek Kuta Utara.'), []);
  });
  it('does not fire on a head named by himself, a rank, a known place or a village head', () => {
    assert.deepEqual(actors('Camat Amran mengatakan jalan itu rusak.'), ['Amran/PER']);
    assert.deepEqual(actors('Kepala Desa Sukri mengatakan jalan rusak.'), ['Sukri/PER']);
    assert.deepEqual(actors('Kapolsek Iptu Made Arya mengatakan pelaku ditahan.'), ['Made Arya/PER']);
    assert.deepEqual(actors('Kapolsek Kuta Made Arya mengatakan pelaku ditahan.'), ['Made Arya/PER']);
    assert.deepEqual(actors('Kapolres Bogor mengatakan razia digelar.'), ['Bogor/GPE']);
  });
});
