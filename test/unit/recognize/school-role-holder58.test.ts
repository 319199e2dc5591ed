// Session 58 (fix58b, review of inst58b): a school named by its level and kind ("SMA Plus …")
// must not swallow the person a role word before it names ("Kepala SMA Plus Rudi Hartono":
// the head teacher, Rudi Hartono), and "MA" that the KB knows as the Supreme Court is no
// school level. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as actors } from './helpers';

describe('fix58b: a role word before a school named by its kind names a person', () => {
  it('a two-word name after the role word and the kind is the holder, no school', () => {
    assert.deepEqual(actors('Kepala SMA Plus Rudi Hartono mengatakan pendaftaran ditutup.'), ['Rudi Hartono/PER']);
    assert.deepEqual(actors('Guru SD Islam Budi Santoso mengajar tiga kelas sekaligus.'), ['Budi Santoso/PER']);
  });

  it('a three-word name after the school\'s own name is the holder', () => {
    assert.deepEqual(actors('Kepala SMA Kristen Petra Budi Santoso Wibowo mengatakan gedung baru siap.'),
      ['SMA Kristen Petra/ORG', 'Budi Santoso Wibowo/PER']);
  });

  it('"MA" the KB knows is the court, never a school level', () => {
    const judge = actors('Hakim MA Islam Syarifuddin menolak permohonan itu.');
    assert.ok(!judge.some((a) => a.startsWith('MA Islam')), judge.join());
    const chair = actors('Ketua MA Islam Nusantara hadir dalam pelantikan.');
    assert.ok(!chair.some((a) => a.startsWith('MA Islam')), chair.join());
  });

  it('(guard) the holder named after a comma leaves the school whole', () => {
    assert.deepEqual(actors('Kepala SMA Plus Nurul Amal, Dedi Kurniawan, menerima rombongan.'), ['SMA Plus Nurul Amal/ORG', 'Dedi Kurniawan/PER']);
  });

  it('(guard) with no role word before it the school stays whole, and a two-word holder after a two-word name is cut', () => {
    assert.deepEqual(actors('SMA Plus Nurul Amal meraih akreditasi unggul.'), ['SMA Plus Nurul Amal/ORG']);
    assert.deepEqual(actors('Kepala SMA IT Cahaya Mulia Ahmad Fauzan mengatakan kuota penuh.'), ['SMA IT Cahaya Mulia/ORG', 'Ahmad Fauzan/PER']);
  });
});
