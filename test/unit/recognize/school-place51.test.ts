// Session 51 (actors51): a state school is named by its level, its number and its place
// (rules/school-name.ts); the place the KB does not know was taken only as one word ending the
// run. A village named with a compass word ("Wetar Utara"), a place before the head teacher's
// name that follows it without a comma, and the other order, the village before the number
// ("SDN Cikandang 2", "SD Negeri Cikandang 2"), are the school's too. Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('actors51: a state school and the place it is named for', () => {
  it('takes a village named with a compass word', () => {
    assert.deepEqual(actors('Siswa SMP Negeri 3 Tanimbar Selatan belajar tanpa guru fisika.'), ['SMP Negeri 3 Tanimbar Selatan/ORG']);
  });
  it('takes the village before the head teacher\'s name', () => {
    assert.deepEqual(actors('Kepala SD Negeri 1 Karangtengah Budi Santoso mengatakan atap kelas bocor.'), [
      'SD Negeri 1 Karangtengah/ORG', 'Budi Santoso/PER']);
  });
  it('reads a school named by its village before its number', () => {
    assert.deepEqual(actors('Dua kelas di SDN Sukamaju 3 rusak.'), ['SDN Sukamaju 3/ORG']);
    assert.deepEqual(actors('Sebanyak 40 murid SD Negeri Sukamaju 3 belajar di musala.'), ['SD Negeri Sukamaju 3/ORG']);
  });
  it('(guard) a head teacher right after the number, and a level without a number, stay as before', () => {
    assert.deepEqual(actors('Kepala SMPN 4 Rudi Hartono mengatakan ujian diundur.'), ['SMPN 4/ORG', 'Rudi Hartono/PER']);
    assert.deepEqual(actors('Ia lulus SMA Negeri di Ende.'), ['Ende/GPE']);
  });
});
