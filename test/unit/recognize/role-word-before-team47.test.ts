// Session 47 (misreads47): "Kiper Ukraina, Andriy Lunin, …" gave the KB's governor Oleh Kiper
// for the goalkeeper's role word: right before a known country or body, a sentence-opening
// role word is the role of that team's player (role-word-surname.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors } from './helpers';

describe('a role word that is a known surname, before a team', () => {
  it('is the role of the team\'s player', () => {
    assert.deepEqual(actors('Kiper Ukraina, Andriy Lunin, tampil gemilang.'),
      ['Ukraina/GPE/Ukraine', 'Andriy Lunin/PER/Andriy Lunin']);
    assert.deepEqual(actors('Kiper Indonesia tampil gemilang di babak kedua.'), ['Indonesia/GPE/Indonesia']);
  });
  it('leaves the surname its person elsewhere', () => {
    assert.deepEqual(actors('Kiper mengatakan Rusia menyerang pelabuhan Odesa.'),
      ['Kiper/PER/Oleh Kiper', 'Rusia/GPE/Russia', 'Odesa/GPE/Odesa']);
    assert.deepEqual(actors('Menurut Kiper, Rusia menembakkan rudal.'), ['Kiper/PER/Oleh Kiper', 'Rusia/GPE/Russia']);
    assert.deepEqual(actors('Gubernur Odesa Oleh Kiper mengatakan serangan itu menewaskan dua orang.'),
      ['Odesa/GPE/Odesa Oblast', 'Oleh Kiper/PER/Oleh Kiper']);
    assert.deepEqual(actors('Serangan itu, kata Kiper, menewaskan dua orang.'), ['Kiper/PER/Oleh Kiper']);
  });
});
