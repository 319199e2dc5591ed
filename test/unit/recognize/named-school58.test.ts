// Session 58 (inst58b, issue 13): a private school is named by its level, the kind of school
// it is ("IT", "Plus", "Terpadu", "Islam Terpadu"; joined "SDIT") and a name of its own, with
// no number (actors/rules/school-name.ts namedSchoolEnd). The level and kind are no actor
// alone, so the name after them was read as a person, or nothing was. Every sentence was
// written for this test.
import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as actors } from './helpers';

describe('inst58b: a school named by its level, its kind and its own name', () => {
  it('is one body', () => {
    assert.deepEqual(actors('Murid SMP IT Nurul Hikmah menjuarai lomba cerdas cermat.'), ['SMP IT Nurul Hikmah/ORG']);
    assert.deepEqual(actors('Guru SMK Terpadu Bakti Insani mendampingi siswa magang.'), ['SMK Terpadu Bakti Insani/ORG']);
    assert.deepEqual(actors('Murid SMA Plus Nurul Amal mengikuti olimpiade kimia.'), ['SMA Plus Nurul Amal/ORG']);
    assert.deepEqual(actors('Siswa SMP Islam Terpadu Cahaya Bangsa berkunjung ke museum.'), ['SMP Islam Terpadu Cahaya Bangsa/ORG']);
    assert.deepEqual(actors('Ia mengajar di MTs Plus Raudlatul Ulum sejak lama.'), ['MTs Plus Raudlatul Ulum/ORG']);
  });

  it('keeps the head teacher named after it apart', () => {
    assert.deepEqual(actors('Kepala SMA IT Cahaya Ilmu Ahmad Fauzan mengatakan kuota penuh.'), ['SMA IT Cahaya Ilmu/ORG', 'Ahmad Fauzan/PER']);
    assert.deepEqual(actors('Kepala SDIT Al Furqan, Siti Rahmawati, menyambut tamu.'), ['SDIT Al Furqan/ORG', 'Siti Rahmawati/PER']);
  });

  it('leaves the town after its name to the town, as an institution\'s', () => {
    assert.deepEqual(actors('Murid SMP IT Nurul Hikmah Kediri menanam pohon.'), ['SMP IT Nurul Hikmah/ORG', 'Kediri/GPE']);
  });

  it('(guard) a person before it stays a person, and a level and kind without a name no actor', () => {
    assert.deepEqual(actors('Murid bernama Rudi Hartono dari SMK Terpadu Bakti Insani menang.'), ['Rudi Hartono/PER', 'SMK Terpadu Bakti Insani/ORG']);
    assert.deepEqual(actors('Ia lulusan SMA Plus di Bogor.'), ['Bogor/GPE']);
    assert.deepEqual(actors('Murid SMA Negeri 7 Malang memprotes aturan baru itu.'), ['SMA Negeri 7 Malang/ORG']);
  });
});
