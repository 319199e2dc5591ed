// An interview whose lead introduces the interviewee by name and the meeting with a pronoun
// ("Tempo menemuinya di rumahnya. Berikut petikan wawancaranya."), then prints unquoted
// questions and quoted answers (interview-pronoun.ts, read by interview-turns.ts's
// interviewedIn). Sentences written for this test; the first case failed before the change.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from './helpers';

describe('interviews introduced with a pronoun object', () => {
  it('every answer is the person the pronoun points back to, also after another person is quoted between', () => {
    const text = 'Perajin Muda Dewi Anggraeni Lestari: Tenun Ikat Harus Dipakai, Bukan Disimpan\n' +
      'KUPANG, KOMPAS.com - Di usia 25 tahun, Dewi Anggraeni Lestari sudah melatih 60 penenun di desanya. Ia menjual kain lewat pasar daring.\n' +
      'Pekan lalu, Kompas.com menemuinya di bengkel tenunnya, Senin (7/12/2026). Berikut petikan wawancaranya.\n' +
      'Sejak kapan Anda menenun?\n' +
      '"Sejak kelas empat SD. Ibu saya yang mengajari setiap sore."\n' +
      'Tetua adat desa itu, Yohanes Bria Seran, sempat keberatan dengan motif baru. "Tapi anak-anak muda mau belajar lagi, saya senang," katanya.\n' +
      'Bagaimana Anda menanggapi keberatan itu?\n' +
      '"Saya dengarkan. Motif lama tetap saya buat untuk upacara."\n' +
      'Apa rencana Anda tahun depan?\n' +
      '"Membuka kelas menenun untuk pelajar SMP."\n';
    assert.deepEqual(speakers(text), ['Dewi Anggraeni Lestari', 'Yohanes Bria Seran', 'Dewi Anggraeni Lestari', 'Dewi Anggraeni Lestari']);
  });
  it('the pronoun is the topic of the paragraph before, not the last person it names (a probe that failed the first version)', () => {
    const text = 'Atlet panahan Rina Kartika meraih emas PON. Pelatihnya, Bambang Irawan, ikut menangis di pinggir lapangan.\n' +
      'Tempo menemuinya di asrama atlet, Senin. Berikut petikan wawancaranya.\n' +
      'Apa rahasia Anda?\n' +
      '"Latihan setiap pagi, tanpa libur."\n';
    assert.deepEqual(speakers(text), ['Rina Kartika']);
  });
  it('guard: a meeting with a pronoun object but no interview printed is no interview', () => {
    const text = 'JAKARTA - Menteri Sosial Rudi Hartanto meninjau dapur umum, Senin.\n' +
      'Warga bernama Siti Aminah menemuinya di depan posko dan meminta bantuan beras.\n' +
      'Siapa yang akan menanggung biaya itu?\n' +
      '"Pemerintah daerah sudah menyiapkan anggaran darurat."\n';
    assert.deepEqual(speakers(text), speakers(text.replace('menemuinya', 'mendatanginya')));
  });
});
