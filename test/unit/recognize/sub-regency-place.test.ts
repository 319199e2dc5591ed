// A place the KB does not know, written right before a regency or a city it knows, is a
// part of it (a kecamatan, a village): no actor, here or where the article names it again
// (sub-regency-place.ts, link pass). Sentences written for this test on the formats of dev
// articles d144, d186 and d196 (other places), read with the built-in KB; the first two
// cases failed before the change.
import assert from 'node:assert/strict';
import { typedActors as linked } from './helpers';

describe('a place inside a regency the article names after it', () => {
  it('after "di", with the regency written with its prefix or bare', () => {
    assert.deepEqual(linked('Perajin gerabah di Plered, Kabupaten Purwakarta, mengurangi produksi.'), ['Kabupaten Purwakarta/GPE']);
    assert.deepEqual(linked('Seminar itu digelar di Jatinangor, Sumedang, Kamis (16/10/2025).'), ['Sumedang/GPE']);
  });
  it('and where the article names it again alone', () => {
    const text = 'Seorang pendaki terpeleset di jalur Sembalun, Lombok Timur, pekan lalu.\n\nTim SAR tiba di Sembalun pada malam hari.';
    assert.deepEqual(linked(text), ['Lombok Timur/GPE']);
  });
  it('(guard) a list of places keeps its first item', () => {
    assert.deepEqual(linked('Stasiun penukaran baterai dibuka di Jabodetabek, Bandung, dan Surabaya.').map((a) => a.split('/')[0]), [
      'Jabodetabek', 'Bandung', 'Surabaya',
    ]);
  });
  it('(guard) a university before its city stays a body', () => {
    assert.deepEqual(linked('Dosen Universitas Sinar Timur, Surabaya, Wahyu Prasetyo, menilai kebijakan itu.'), [
      'Universitas Sinar Timur/ORG', 'Surabaya/GPE', 'Wahyu Prasetyo/PER',
    ]);
  });
});
