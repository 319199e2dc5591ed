// Session 46 (actors46, issue 13): "Kapolda Metro Jaya mengatakan" gave a person "Metro
// Jaya", and with a rank after it a place; "Wakapolda Metro Jaya" an organisation. The
// Jakarta police's region is no actor (regional-command-place.ts); the deputy heads'
// titles are titles (lexicon.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from '../helpers';

describe('the Jakarta police\'s region after a command title', () => {
  it('is no actor, with or without the officer\'s rank and name', () => {
    assert.deepEqual(actors('Kapolda Metro Jaya mengatakan pelaku sudah ditangkap.'), []);
    assert.deepEqual(actors('"Kami sudah menangkapnya," kata Kapolda Metro Jaya.'), []);
    assert.deepEqual(actors('Kapolda Metro Jaya Irjen Budi Santoso mengatakan pelaku ditangkap.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Wakapolda Metro Jaya Brigjen Rudi Hartono mengatakan hal itu.'), ['Rudi Hartono/PER']);
  });
  it('leaves the police body, a city after "Metro" and other regions alone', () => {
    assert.deepEqual(actors('Kasus itu ditangani Polda Metro Jaya.'), ['Polda Metro Jaya/ORG']);
    assert.deepEqual(actors('Kapolres Metro Jakarta Barat mengatakan hal itu.'), ['Jakarta Barat/GPE']);
    assert.deepEqual(actors('Wakapolres Lumajang Kompol Budi Santoso mengatakan hal itu.'), ['Lumajang/GPE', 'Budi Santoso/PER']);
    assert.deepEqual(actors('Kapolda Banten Irjen Rudi Hartono mengatakan hal itu.'), ['Banten/GPE', 'Rudi Hartono/PER']);
  });
});
