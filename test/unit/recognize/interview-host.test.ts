// An interview whose lead has the interviewee receive the outlet or its journalist ("Direktur
// X, Hendra …, menerima Pikiran Rakyat di kantornya. Berikut petikan wawancaranya."), then
// prints unquoted questions and quoted answers: the host of the meeting is the one
// interviewed (interview-host.ts, read by interview-turns.ts's interviewedIn). Sentences
// written for this test; the first two cases failed before the change.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from './helpers';

describe('interviews whose interviewee receives the outlet', () => {
  it('every answer is the host, also the one after another person is quoted between', () => {
    const text = 'Bandung - Sebuah pabrik sepatu di Bandung membuka lini produksi baru bulan ini.\n\n' +
      'Direktur pabrik, Hendra Wijaya, menerima Pikiran Rakyat di kantornya, Selasa (3/2/2026). Berikut petikan wawancaranya.\n\n' +
      'Kapan lini baru mulai berproduksi?\n\n' +
      '"Bulan depan. Mesinnya sudah terpasang semua."\n\n' +
      'Kepala bagian personalia, Ratna Sari, yang ikut hadir menyebut perekrutan dibuka pekan ini. "Kami utamakan warga sekitar pabrik," katanya.\n\n' +
      'Berapa pekerja yang akan direkrut?\n\n' +
      '"Sekitar dua ratus orang dari desa sekitar."\n';
    assert.deepEqual(speakers(text), ['Hendra Wijaya', 'Ratna Sari', 'Hendra Wijaya']);
  });
  it('a journalist received by name: the host answers, not the journalist', () => {
    const text = 'Rektor Universitas Nusa, Bambang Prakoso, menerima wartawan Tribun, Dimas Aryo, di ruang kerjanya, Senin. Berikut petikan wawancaranya.\n\n' +
      'Apakah uang kuliah akan naik?\n\n' +
      '"Tidak untuk mahasiswa lama. Itu janji kami."\n';
    assert.deepEqual(speakers(text), ['Bambang Prakoso']);
  });
  it('guard: receiving something with no interview printed after it makes nobody an interviewee', () => {
    const text = 'Petani bernama Sutarno menerima Bantuan Langsung Tunai dari desa, Senin.\n\n' +
      'Apakah bantuan itu cukup?\n\n' +
      '"Pemerintah daerah sudah menyiapkan anggaran tambahan."\n';
    assert.deepEqual(speakers(text), speakers(text.replace('menerima', 'mengambil')));
  });
  it('guard (review50): a transcript announced with another interviewee ("wawancara dengan X") is not the receiver\'s', () => {
    const aid = 'Kepala desa, Sutarno Hadi, menerima Bantuan Presiden dari Istana, Senin. Ketua DPR Puan Maharani hadir. Berikut petikan wawancara dengan Puan.\n\n' +
      'Apa pesan Presiden?\n\n' +
      '"Bantuan harus tepat sasaran."\n';
    assert.ok(!speakers(aid).includes('Sutarno Hadi'));
    // (naming the host again keeps the host)
    const host = 'Wali Kota Bogor, Dedi Rahman, menerima Tempo di Balai Kota, Senin. Berikut petikan wawancara Tempo dengan Dedi.\n\n' +
      'Kapan proyek trem dimulai?\n\n' +
      '"Tahun depan, setelah lelang selesai."\n';
    assert.deepEqual(speakers(host), ['Dedi Rahman']);
  });
});
