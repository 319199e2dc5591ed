// Session 47 (misreads47): "Kuasa hukum terdakwa, Hotman Paris Hutapea, …" gave only the
// city Paris: a one-word known place between two words of a name the model reads as a
// person's is a word of that name (extents.ts), as a known person's alias is ("Zulkifli Anwar
// Pohan"). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('a known place inside a person\'s name', () => {
  it('is a word of the name', () => {
    assert.deepEqual(actors('Kuasa hukum terdakwa, Hotman Paris Hutapea, mengatakan kliennya tidak bersalah.'), ['Hotman Paris Hutapea/PER']);
  });
  it('stays the place in a body, a club, a route or a brand', () => {
    assert.deepEqual(actors('Kantor Pertamina Jakarta Utara mengatakan stok aman.'), ['Pertamina Jakarta Utara/ORG']);
    assert.deepEqual(actors('Pendukung Arema Malang Raya bersorak.'), ['Malang/GPE']);
    assert.deepEqual(actors('Penerbangan Garuda Jakarta Medan ditunda.'), ['Jakarta/GPE', 'Medan/GPE']);
    assert.deepEqual(actors('Laga Persija Jakarta melawan Persib Bandung berakhir imbang.'), ['Persija Jakarta/ORG', 'Persib Bandung/ORG']);
    assert.deepEqual(actors('Toko Roti Paris Baguette dibuka di Jakarta.'), ['Paris/GPE', 'Jakarta/GPE']);
    assert.deepEqual(actors('Cabang Kano Slalom digelar besok.'), []);
  });
});
