// d342 (speakers47b): "Warga setempat yang enggan disebut namanya mengatakan …. “…,” ujarnya.":
// a source who asked not to be named speaks, whatever the sentence opens with, and the quote
// after it is that unnamed source's (nobody's), not the person quoted before
// (attribution.ts anonymousSources).
// Sentences written for this test, read with the built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker ?? null);

describe('a source who asked not to be named, opening with any word (attribution.ts anonymousSources)', () => {
  it('the quote after it is nobody\'s', () => {
    assert.deepEqual(speakers('"Adik saya masih di sana," kata Budi Santoso.\n\n' +
      'Warga setempat yang enggan disebut namanya mengatakan lokasi itu sudah ditutup. "Ditutup sebulan, buka lagi," ujarnya.'), ['Budi Santoso', null]);
    assert.deepEqual(speakers('"Kami rugi," kata Budi Santoso.\n\n' +
      'Petugas pelabuhan yang tidak mau disebutkan namanya menyebut kapal itu kelebihan muatan. "Sudah sering," katanya.'), ['Budi Santoso', null]);
  });
  // Probes: a named subject, a source unnamed only in a later clause, no speech verb after.
  it('probes: a named person speaks, or the clause is about someone else', () => {
    assert.deepEqual(speakers('"Kami rugi," kata Joko Susilo.\n\nBudi Santoso mengatakan lokasi itu sudah ditutup. "Sudah lama," ujarnya.'), ['Joko Susilo', 'Budi Santoso']);
    assert.deepEqual(speakers('"Kami rugi," kata Joko Susilo.\n\nIa bertemu warga yang enggan disebut namanya di pasar. "Mereka takut," ujarnya.'), ['Joko Susilo', 'Joko Susilo']);
    assert.deepEqual(speakers('Budi Santoso, yang enggan disebut jabatannya, mengatakan lokasi itu ditutup. "Sudah lama," ujarnya.'), ['Budi Santoso']);
  });
});
