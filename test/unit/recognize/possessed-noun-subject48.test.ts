// Session 48 (names48): "Ajudannya bilang …", "Nakhodanya mengaku …": a noun with the clitic
// -nya opening a sentence before a verb is the subject ("his aide", "its captain"), no name;
// names ending in -nya have a short stem ("Sonya", "Vanya"), as for the sentence adverbs
// (sentence-adverb.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('names48: a possessed noun opening a sentence before its verb', () => {
  it('is no name', () => {
    assert.deepEqual(actors('"Tahu, Pak. Ajudannya bilang uang itu untuk Bapak."'), []);
    assert.deepEqual(actors('"Nakhodanya mengaku tidak tahu sudah masuk perairan kita," kata Budi Santoso.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Iklannya bilang imbal hasil 15 persen setahun.'), []);
  });
  it('leaves names ending in -nya and other subjects alone', () => {
    assert.deepEqual(actors('Sonya mengaku tidak tahu soal itu.'), ['Sonya/PER']);
    assert.deepEqual(actors('"Kami sudah siap," kata Vanya kepada wartawan.'), ['Vanya/PER']);
    assert.deepEqual(actors('Menurutnya, petani sudah menanam padi.'), []);
  });
});
