// Session 48 (names48): "Pengacara"/"Advokat" before a name is the lawyer's title, as "Hakim" or
// "Jaksa" are (lexicon.ts TITLE_HEADS), so that the name after it is read whole, a place's
// one-word alias inside it too ("Hotman Paris Hutapea", extents.ts placeInsideUnknownName).
// Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('names48: a lawyer\'s title before the name, no comma', () => {
  it('reads the name after "Pengacara" or "Advokat" whole', () => {
    assert.deepEqual(actors('Pengacara Hotman Paris Hutapea mengatakan kliennya tidak bersalah.'), ['Hotman Paris Hutapea/PER']);
    assert.deepEqual(actors('Advokat Rudi Siregar menyebut dakwaan itu lemah.'), ['Rudi Siregar/PER']);
    assert.deepEqual(actors('Sidang itu dihadiri pengacara Hotman Paris Hutapea.'), ['Hotman Paris Hutapea/PER']);
  });
  it('leaves other uses of the words as they were', () => {
    assert.deepEqual(actors('Pengacara terdakwa, Budi Santoso, mengatakan kliennya tidak bersalah.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Pengacara itu mengatakan kliennya tidak bersalah.'), []);
    assert.deepEqual(actors('Perhimpunan Advokat Indonesia menggelar ujian profesi di Jakarta.'), ['Perhimpunan Advokat Indonesia/ORG', 'Jakarta/GPE']);
    assert.deepEqual(actors('Ia menyewa pengacara dari Jakarta untuk kasus itu.'), ['Jakarta/GPE']);
  });
});

describe('names48: the client named between a lawyer\'s title and the lawyer (client-of-counsel.ts)', () => {
  it('keeps a client the name model reads as a person a person', () => {
    assert.deepEqual(actors('Pengacara Villaroman, Jose Lacson, menyebut dakwaan itu cacat.'), ['Villaroman/PER', 'Jose Lacson/PER']);
    assert.deepEqual(actors('Pengacara Sutrisno, Budi Santoso, menyebut dakwaan itu cacat.'), ['Sutrisno/PER', 'Budi Santoso/PER']);
  });
  it('leaves a company client and other titles as they were', () => {
    assert.deepEqual(actors('Pengacara PT Abadi Jaya, Budi Santoso, menyebut gugatan itu salah alamat.'), ['PT Abadi Jaya/ORG', 'Budi Santoso/PER']);
    assert.deepEqual(actors('Juru bicara Kemenlu, Budi Santoso, menyebut kunjungan itu penting.'), ['Kemenlu/ORG', 'Budi Santoso/PER']);
  });
});

// Session 48 review (fix48a): a lawyers' body after the title is no client.
describe('fix48a: a body after a lawyer\'s title', () => {
  it('is not read as a client person', () => {
    assert.deepEqual(actors('Pengacara Peradi, Otto Hasibuan, menyebut kliennya tidak bersalah.'), ['Peradi/ORG', 'Otto Hasibuan/PER']);
    assert.ok(!actors('Pengacara PERADI, Otto Hasibuan, hadir di sidang itu.').includes('PERADI/PER'));
  });
});
