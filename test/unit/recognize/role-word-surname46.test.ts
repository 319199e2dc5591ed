// Session 46 (actors46, issue 13): "Kiper, <name>, …" read the role word as the KB's Oleh
// Kiper. A role word opening a sentence before a name in apposition is that person's role
// (role-word-surname.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors } from './helpers';

describe('a role word that is also a known surname, before a name in apposition', () => {
  it('is the role of the person after the comma', () => {
    assert.deepEqual(actors('Kiper, Rahmat Hidayat, tampil gemilang dalam laga itu.'), ['Rahmat Hidayat/PER/Rahmat Hidayat']);
  });
  it('stays the known person without a name in apposition', () => {
    assert.deepEqual(actors('Kiper mengatakan Odesa aman.'), ['Kiper/PER/Oleh Kiper', 'Odesa/GPE/Odesa']);
    assert.deepEqual(actors('Kiper, Senin, mengatakan Odesa aman.'), ['Kiper/PER/Oleh Kiper', 'Odesa/GPE/Odesa']);
    assert.deepEqual(actors('Kiper, Rusia dan Ukraina sepakat.'), ['Kiper/PER/Oleh Kiper', 'Rusia/GPE/Russia', 'Ukraina/GPE/Ukraine']);
    assert.deepEqual(actors('Menurut Kiper, Rusia menembakkan 20 drone.'), ['Kiper/PER/Oleh Kiper', 'Rusia/GPE/Russia']);
    assert.deepEqual(actors('Gubernur Odesa Oleh Kiper hadir. Kiper, yang baru menjabat, meminta warga tenang.'),
      ['Odesa/GPE/Odesa Oblast', 'Oleh Kiper/PER/Oleh Kiper', 'Kiper/PER/Oleh Kiper']);
  });
});
