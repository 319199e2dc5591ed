// Session 45 (names45): regional news titles a police sector's or a military district's head,
// like a village's, by the kecamatan his unit covers ("Kapolsek Kuta, Iptu Made Arya,"), and a
// village head often speaks with only the village and the day in apposition ("Kepala Desa
// Sukamaju, Senin (3/2), mengatakan"). The place was read as the person, and the quotes after
// it went to that place. Own invented sentences (fictional villages and officers).
import assert from 'node:assert/strict';
import { typedActors as actors, quoteSpeakers as speakers } from '../helpers';

describe('a unit head titled by the kecamatan or village of his unit', () => {
  it('Kapolsek and Danramil: the place before a rank in apposition is no person', () => {
    const t = 'Kapolsek Kuta, Iptu Made Arya, mengatakan kedua pelaku sudah ditahan. "Mereka residivis," kata Made.';
    assert.deepEqual(actors(t), ['Made Arya/PER', 'Made/PER']);
    assert.deepEqual(speakers(t), ['Made Arya']);
    assert.deepEqual(actors('Danramil Kledung, Kapten Inf Sugeng Riyadi, mengatakan jalan ditutup.'), ['Sugeng Riyadi/PER']);
    assert.deepEqual(actors('Kapolsek Kuta Utara, AKP Budi Santoso, mengatakan pelaku ditahan.'), ['Budi Santoso/PER']);
  });
  it('with no comma, the words before the rank are the place', () => {
    const t = 'Kapolsek Kuta Iptu Made Arya mengatakan pelaku ditahan. "Aman," kata Made.';
    assert.deepEqual(actors(t), ['Made Arya/PER', 'Made/PER']);
    assert.deepEqual(actors('Danramil Kledung Kapten Inf Sugeng Riyadi mengatakan jalan ditutup.'), ['Sugeng Riyadi/PER']);
    assert.deepEqual(actors('Camat Cisurupan Rina Marlina menambahkan.'), ['Rina Marlina/PER']);
  });
  it('a village that reads as no name, before a weekday, is no person and no speaker', () => {
    const t = 'Kepala Desa Sukamaju, Senin (3/2), mengatakan perbaikan dibiayai dana desa. "Kami gotong royong," ujarnya.';
    assert.deepEqual(actors(t), []);
    assert.deepEqual(actors('Camat Karanglo, Selasa, meresmikan pasar.'), []);
  });
});

describe('a unit head\'s title still names the head', () => {
  it('when the word before the weekday reads as a name', () => {
    assert.deepEqual(speakers('Kepala Desa Amran, Senin (3/2), mengatakan jalan rusak. "Kami gotong royong," kata Amran.'), ['Amran']);
    assert.deepEqual(actors('Kepala Desa Sukri, Senin, mengatakan jalan rusak.'), ['Sukri/PER']);
  });
  it('when the rank and name follow the title directly, or a known regency', () => {
    assert.deepEqual(actors('Kapolsek Iptu Made Arya mengatakan pelaku ditahan.'), ['Made Arya/PER']);
    assert.deepEqual(actors('Kapolres Bogor AKBP Rudi Hartono mengatakan razia digelar.'), ['Bogor/GPE', 'Rudi Hartono/PER']);
  });
});
