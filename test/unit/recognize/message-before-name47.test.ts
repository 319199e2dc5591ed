// "Pesan Budi kepada warga …" (Budi's message to the residents): "Pesan" opening a sentence
// is the common noun before a name, no word of it (lexicon COMMON_SENTENCE_STARTERS).
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('"Pesan" before a name at a sentence start', () => {
  it('is left out of the name', () => {
    assert.deepEqual(actors('Pesan Budi kepada warga sederhana saja.'), ['Budi/PER']);
    assert.deepEqual(actors('Pesan Budi Santoso kepada warga sederhana: jangan panik.'), ['Budi Santoso/PER']);
  });
  it('other sentence openers and role nouns are read as before', () => {
    assert.deepEqual(actors('Pesan singkat itu dikirim kemarin.'), []);
    assert.deepEqual(actors('Kata Andi, acara itu batal.'), ['Andi/PER']);
    assert.deepEqual(actors('Penyanyi Ayu Lestari mengatakan konser ditunda.'), ['Ayu Lestari/PER']);
  });
});
