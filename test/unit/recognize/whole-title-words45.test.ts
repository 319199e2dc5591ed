// Title words that are also words of names act as a title only inside their whole title
// (speakers45b; own sentences about fictional people).
import assert from 'node:assert/strict';
import { personTexts as persons } from './helpers';

describe('speakers45b: "Perdana" and "Agung" in names (whole-title-words.ts, title-word-surname.ts)', () => {
  it('keeps "Perdana" after a given name in the name', () => {
    assert.deepEqual(persons('Kapolresta Solo Kombes Arya Perdana mengatakan pelaku sudah ditangkap.'), ['Arya Perdana']);
    assert.deepEqual(persons('Kasatreskrim AKP Dimas Perdana Putra mengatakan pelaku sudah ditangkap.'), ['Dimas Perdana Putra']);
    assert.deepEqual(persons('Ketua panitia Rizki Perdana menjelaskan acara dimulai pukul 08.00.'), ['Rizki Perdana']);
  });

  it('opens the holder\'s name with "Agung" after a title it does not raise', () => {
    assert.deepEqual(persons('Kepala Desa Agung Wibowo hadir dalam rapat itu.'), ['Agung Wibowo']);
  });

  it('keeps "Perdana" as the first word of a name, at a sentence start or after a noun for a person (fix45c)', () => {
    assert.deepEqual(persons('Perdana Wiratmaja mengaku puas dengan hasil itu.'), ['Perdana Wiratmaja']);
    assert.deepEqual(persons('Sutradara Perdana Suryakusuma menyiapkan film baru.'), ['Perdana Suryakusuma']);
    // (after another capitalised word it is "first": no name's word)
    assert.deepEqual(persons('Laga Perdana Persib berakhir imbang.'), []);
    assert.deepEqual(persons('Menurut Perdana Menteri Jepang, kerja sama itu penting.'), []);
  });

  it('still reads the whole titles', () => {
    assert.deepEqual(persons('Wakil Perdana Menteri Thailand Somchai Wongsawat tiba di Bangkok.'), ['Somchai Wongsawat']);
    assert.deepEqual(persons('Mantan Perdana Menteri Inggris Boris Johnson berbicara.'), ['Boris Johnson']);
    assert.deepEqual(persons('Jaksa Agung Muda Tindak Pidana Khusus Febrie Adriansyah hadir.'), ['Febrie Adriansyah']);
    assert.deepEqual(persons('Hakim Agung Sudirman Hasan dan Jaksa Agung Burhan Arifin bertemu.'), ['Sudirman Hasan', 'Burhan Arifin']);
    assert.deepEqual(persons('Penerbangan perdana ke Medan berlangsung lancar.'), []);
  });
});
