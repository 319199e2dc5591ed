// Issue 13 (actors51b): a strait or sea named after a place in a Title Case or capitals
// headline ("di Selat Lombok", "DI LAUT ARAFURU") is no actor, as in body text; a place after
// a sea word that does not follow a place preposition is read as before. Headlines written
// for this test, built-in KB.
import assert from 'node:assert/strict';
import { typedActors as actors } from '../helpers';

describe('rule headline-sea-name (actors51b)', () => {
  it('a known place after a capitalised sea word and a place preposition in a headline is the water body', () => {
    assert.deepEqual(actors('Feri Kandas di Selat Makassar, Tiga Penumpang Hilang\n\nKapal itu berlayar dari Balikpapan.'), ['Balikpapan/GPE']);
    assert.deepEqual(actors('KAPAL ASING DITANGKAP DI LAUT NATUNA UTARA\n\nKapal itu berbendera Vietnam.'), ['Vietnam/GPE']);
  });
  it('guard: the headline\'s other places stay, and a place not after a sea word too', () => {
    assert.deepEqual(actors('Feri Kandas di Selat Makassar, Gubernur Kalimantan Timur Turun Tangan\n\nKapal itu berlayar dari Balikpapan.'),
      ['Kalimantan Timur/GPE', 'Balikpapan/GPE']);
    assert.deepEqual(actors('Warga Makassar Rayakan Kemenangan\n\nPawai digelar semalam.'), ['Makassar/GPE']);
  });
});
