// Session 48 (names48): after "Kapolsek"/"Danramil" a one-word kecamatan of the gazetteer that
// the name model reads, alone, a little more often as a given name than not ("Laweyan" 0.61,
// "Simokerto" 0.58) is the unit's kecamatan; a word it reads surely as a given name ("Bambang",
// "Suparman") stays the officer (village-official.ts isKecamatan). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('names48: a kecamatan after a unit head\'s title, read by the name model as a weak given name', () => {
  it('reads the kecamatan as the unit\'s place, no actor', () => {
    assert.deepEqual(actors('Kapolsek Laweyan mengatakan pelaku sudah diamankan.'), []);
    assert.deepEqual(actors('Kapolsek Simokerto mengatakan dua pelaku ditahan.'), []);
    assert.deepEqual(actors('"Kami masih memburu pelaku," kata Danramil Laweyan.'), []);
  });
  it('keeps an officer named by his given name, and a full name in apposition', () => {
    assert.deepEqual(actors('Kapolsek Bambang mengatakan pelaku sudah ditangkap.'), ['Bambang/PER']);
    assert.deepEqual(actors('Kapolsek Suparman mengatakan pelaku sudah ditangkap.'), ['Suparman/PER']);
    assert.deepEqual(actors('Kapolsek Laweyan, AKP Budi Santoso, mengatakan pelaku sudah ditangkap.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Camat Laweyan, Siti Aminah, mengatakan jalan sudah dibuka.'), ['Siti Aminah/PER']);
  });
});
