// A river, a bay, a strait or a mountain named after a known place: neither the feature nor
// the place is an actor (actors/feature-named-after-place.ts, read by the non-actor-head
// rule). Sentences written for this test on the formats of dev articles d57, d132, d159 and
// d231 (other places), read with the built-in KB; the first two cases failed before.
import assert from 'node:assert/strict';
import { typedActors as linked } from './helpers';

describe('a natural feature named after a known place', () => {
  it('a river and a bay named after a town', () => {
    assert.deepEqual(linked('Banjir akibat meluapnya Bengawan Solo merendam tiga desa.'), []);
    assert.deepEqual(linked('Rob merendam permukiman di pesisir Teluk Palu sejak Senin.'), []);
  });
  it('a strait named after a country, and a Javanese "Kali"', () => {
    assert.deepEqual(linked('Perahu karet itu menyeberangi Selat Inggris pada malam hari.'), []);
    assert.deepEqual(linked('Guguran lava mengarah ke Kali Batang, kata petugas pos.'), []);
  });
  it('"Kali" opening a sentence is still the word "time"', () => {
    assert.deepEqual(linked('Kali ini Surabaya menjadi tuan rumah.'), ['Surabaya/GPE']);
  });
  it('a foreign river, lake or strait written with a lower-case head (fix45c)', () => {
    assert.deepEqual(linked('Ikan dari sungai Mississippi kini ditemukan di waduk itu.'), []);
    assert.deepEqual(linked('Kapal itu melintasi selat Malaka menuju Singapura.'), ['Singapura/GPE']);
  });
  it('(guard) an Indonesian place after a lower-case "sungai" is still the place', () => {
    assert.deepEqual(linked('Warga di bantaran sungai Jakarta mengungsi.'), ['Jakarta/GPE']);
  });
  it('(guard) a club with such a word inside or before its town keeps the town', () => {
    assert.ok(linked('Klub voli Bintang Laut Surabaya menang 3-1.').some((a) => a.includes('Surabaya')));
    assert.ok(linked('Tim Samudra Jaya Gresik kalah tipis.').some((a) => a.includes('Gresik')));
  });
});
