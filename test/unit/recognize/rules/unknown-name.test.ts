import assert from 'node:assert/strict';
import { mentions, steps } from './trace';
import { analyze } from '../../../../src/core/recognize/analyze';

describe('actor rule unknown-name', () => {
  it('types an unknown run from a speech verb after it', () => {
    assert.deepEqual(steps('"Siap," kata Raka Wicaksana.').slice(1), ['unknown-name: Raka Wicaksana']);
    assert.deepEqual(mentions('"Siap," kata Raka Wicaksana.'), ['Raka Wicaksana/PER']);
  });
  it('joins unknown first names to a known surname', () => {
    assert.deepEqual(mentions('Ia mengutip Dmitri S. Peskov.'), ['Dmitri S. Peskov/PER']);
  });
  it('an unknown run ending in an organisation tail is an organisation', () => {
    assert.deepEqual(mentions('Ia mengutip Indonesia Corruption Watch kemarin.'), ['Indonesia Corruption Watch/ORG']);
  });
  it('one word between a title and the full name it introduces is the organisation ("CEO Lintasgo, Raka Putra,")', () => {
    assert.deepEqual(mentions('Pendiri sekaligus CEO Lintasgo, Raka Aditya Putra, meminta maaf.'), ['Lintasgo/ORG', 'Raka Aditya Putra/PER']);
    // A second title after the comma: the word is the first person's name.
    assert.deepEqual(mentions('Direktur Pramudya, Wakil Direktur Rano Santosa, dan para staf hadir.'), ['Pramudya/PER', 'Rano Santosa/PER']);
    // More words the name model reads as a body's name, the apposition closed by a full stop.
    assert.deepEqual(mentions('Hal itu disampaikan Kepala Riset Cakra Modal Utama, Laras Widyaningrum. Investor menunggu.'), ['Cakra Modal Utama/ORG', 'Laras Widyaningrum/PER']);
    // After an organisation noun, a full name the model reads as a person's with no doubt is
    // the holder of the title before the noun; a company's name stays the company.
    assert.deepEqual(mentions('Secara tertulis, direktur perusahaan Gregorius Hadi Santoso menyatakan izin sudah lengkap.'), ['Gregorius Hadi Santoso/PER']);
    assert.deepEqual(mentions('Perusahaan rintisan logistik Kirimaja Nusantara Digital menyatakan rugi.'), ['Kirimaja Nusantara Digital/ORG']);
    // Two people's names stay people.
    assert.deepEqual(mentions('Ketua Umum Budi Santoso, Andi Wijaya, dan Rina hadir.').slice(0, 2), ['Budi Santoso/PER', 'Andi Wijaya/PER']);
  });
  it('with no clue the name model may retype a run the rules would call a person (issue 13: unknown names)', () => {
    // "asal" is no place cue of the rules; the model reads "asal X," as a place of origin.
    assert.deepEqual(mentions('Petani kopi asal Bukit Kerinci, Rahmat Hidayat, ikut hadir.'), ['Bukit Kerinci/GPE', 'Rahmat Hidayat/PER']);
    // A person stays a person.
    assert.deepEqual(mentions('Ia menemui Budi Santoso kemarin.'), ['Budi Santoso/PER']);
  });
  it('letters inside a reference number and a vehicle\'s name are no actors (issue 13, ninth dev batch)', () => {
    assert.deepEqual(mentions('Nomor: 1187/HM.130/A/12/2025'), []);
    assert.deepEqual(mentions('Penumpang kereta api Argo Cahaya dievakuasi.'), []);
    assert.deepEqual(mentions('Kapal Sinar Bahari tenggelam.'), []);
  });
  it('a body the KB does not know with its numbered regional unit and the unit\'s place is one organisation', () => {
    // (written for this test)
    // (the built-in KB: the test KB knows no Makassar)
    assert.deepEqual(analyze('Manajer Kencana Niaga Regional 4 Makassar Arief Lubis mengakui antrean panjang.').actors.map((a) => `${a.text}/${a.type}`), [
      'Kencana Niaga Regional 4 Makassar/ORG', 'Arief Lubis/PER',
    ]);
    // A title's remit before a known place stays the remit (title-remit.ts).
    assert.deepEqual(analyze('Kepala Administrasi Militer Regional Kharkiv Oleh Syniehubov mengatakan.').actors.map((a) => `${a.text}/${a.type}`), [
      'Kharkiv/GPE', 'Oleh Syniehubov/PER',
    ]);
  });
});
