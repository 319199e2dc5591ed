// Issue 13 (actors51b): a run of capitalised everyday words in a title-case headline or in the
// name of a thing ("Panen Raya", "Bola Tangan Putri") is read as a person for want of a clue;
// where the article writes the same words as a common phrase, in lower case ("saat panen
// raya") or opening a sentence with one capital ("Harga cabai rawit di …"), they are that
// phrase, since names are not written so. Sentences written for this test, built-in KB.
import assert from 'node:assert/strict';
import { personTexts as people } from './helpers';

describe('a capitalised run the article writes as a common phrase is no person (actors51b)', () => {
  it('a title-case headline phrase written again in lower case, or opening a sentence, in the body', () => {
    assert.deepEqual(people('FOTO: Panen Raya, Harga Cabai Rawit Garut Anjlok\n\nHarga cabai rawit di tingkat petani anjlok saat panen raya.'), []);
  });
  it('guard: a person\'s name is not written in lower case, so it stays, even made of common words', () => {
    assert.deepEqual(people('Menurut Intan Permata, harga intan dan permata naik.'), ['Intan Permata']);
    assert.ok(people('Pelatih Bunga Lestari memuji timnya. Bunga-bunga dipasang di lapangan.').includes('Bunga Lestari'));
  });
  it('a person named with a title before or a speech verb after keeps every mention, even if the phrase is common (fix51b)', () => {
    assert.deepEqual(people('Ketua RT Adil Makmur mengatakan warga ingin hidup adil makmur.'), ['Adil Makmur']);
    assert.ok(people('Lurah Sri Rejeki menyebut panen tahun ini membawa sri rejeki bagi petani.').includes('Sri Rejeki'));
  });
});
