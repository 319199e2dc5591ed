// Session 52 (actors52): a sentence opening with a noun for people ("Murid", "Siswa", "Guru")
// before a school written as its level, village and number ("SDN Sukamaju 2") is no person
// "Murid SDN Sukamaju" (the capitals read as a name's middle initials) nor a body "Siswa SDN":
// the school starts at its level, as after a lower-case word (rules/school-name.ts). Own sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('actors52: a noun for people before a school named by its village and number', () => {
  it('leaves the noun out and reads the school whole', () => {
    assert.deepEqual(actors('Murid SDN Sukamaju 2 belajar di tenda darurat sejak pekan lalu.'), ['SDN Sukamaju 2/ORG']);
    assert.deepEqual(actors('Siswa SDN Karangsari 1 mengikuti ujian di balai desa.'), ['SDN Karangsari 1/ORG']);
  });
  it('(guard) a school after a lower-case word, and initials inside a name, read as before', () => {
    assert.deepEqual(actors('Kemarin murid SDN Sukamaju 2 belajar di tenda.'), ['SDN Sukamaju 2/ORG']);
    assert.deepEqual(actors('Hakim Hasan AS Siregar membacakan putusan.'), ['Hasan AS Siregar/PER']);
    assert.deepEqual(actors('Siswa SMPN 3 Kendari ikut lomba.'), ['SMPN 3 Kendari/ORG']);
  });
});
