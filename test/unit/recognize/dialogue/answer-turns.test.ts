// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { answeredNow, answererAfterQuestion } from '../../../../src/core/recognize/answer-turns';
import { interviewedIn } from '../../../../src/core/recognize/interview-turns';
import type { ActorMention } from '../../../../src/core/recognize/types';

const person = (canonical: string): ActorMention => ({ start: 0, end: canonical.length, text: canonical, type: 'PER', canonical });

describe('speakers38: an uncued answer after a question (answer-turns.ts)', () => {
  it('prefers the last one who answered, else the person last reported speaking, never the asker', () => {
    const nadia = person('Nadia Putri');
    const rizal = person('Rizal Akbar');
    const lalu = person('Lalu Hadi');
    assert.equal(answererAfterQuestion('', nadia, rizal, nadia, 2, lalu, 6, 8), rizal);
    assert.equal(answererAfterQuestion('', nadia, null, null, -99, lalu, 6, 8), lalu);
    assert.equal(answererAfterQuestion('', nadia, nadia, rizal, 6, nadia, 6, 8), null);
    assert.equal(answererAfterQuestion('', nadia, rizal, nadia, 2, null, -9, 40), null);
  });

  it('gives the witness the answers to a second judge who takes over the questions', () => {
    const t = 'Sidang dipimpin hakim ketua Ratna Dewi dengan hakim anggota Bambang Irianto. Saksi Joko Susilo dihadirkan jaksa.\n\n' +
      'Hakim: "Saudara kenal terdakwa?"\n\nSaksi: "Kenal, Yang Mulia. Dia tetangga saya."\n\n' +
      'Hakim anggota Bambang kemudian mengambil alih pertanyaan.\n\n' +
      '"Berapa kali Saudara bertemu dia bulan itu?"\n\n"Dua kali di warung kopi."\n';
    assert.deepEqual(speakers(t), ['Ratna Dewi', 'Joko Susilo', 'Bambang Irianto', 'Joko Susilo']);
  });

  it('gives the answers to the one who talks with a journalist, not to the journalist (speakers44)', () => {
    const t = 'Wawancara Pelatih\n\nJakarta - Pelatih timnas putri, Indra Sjafri, berbincang dengan wartawan Kompas, Rina Wulandari, di Jakarta. Berikut petikannya.\n\n' +
      'Apa target di Piala AFF nanti?\n\n"Kami ingin lolos ke semifinal."\n\nBagaimana persiapan tim?\n\n"Pemain sudah berlatih tiga minggu."\n';
    assert.deepEqual(speakers(t), ['Indra Sjafri', 'Indra Sjafri']);
    const p = 'Pelatih Indra berbincang dengan wartawan Rina. Berikut petikannya.';
    const m = (w: string): ActorMention => ({ start: p.indexOf(w), end: p.indexOf(w) + w.length, text: w, type: 'PER', canonical: w });
    assert.equal(interviewedIn(p, 0, p.length, [m('Indra'), m('Rina')], 0, () => true)?.canonical, 'Indra');
    const q = 'Tempo berbincang dengan Yuliana di Jakarta. Berikut petikannya.';
    assert.equal(interviewedIn(q, 0, q.length, [{ ...m('Indra'), start: q.indexOf('Yuliana'), end: q.indexOf('Yuliana') + 7, canonical: 'Yuliana' }], 0, () => true)?.canonical, 'Yuliana');
  });

  it('gives a podcast guest the answer after the host comes back to the interview', () => {
    const t = 'Dalam siniar Obrolan Sore, pembawa acara Sinta Maharani berbincang dengan peneliti Agus Wibowo.\n\n' +
      'Sinta: "Mengapa harga beras naik?"\n\nAgus: "Panen mundur dua bulan karena hujan."\n\n' +
      'Kepala Bulog setempat, Rahmat Hidayat, mengatakan stok masih cukup. "Gudang kami terisi 80 persen," ujarnya.\n\n' +
      'Kembali ke siniar, Sinta menanyakan harga gabah.\n\n' +
      '"Berapa harga gabah sekarang?"\n\n"Sekitar Rp7.000 per kilogram."\n';
    assert.deepEqual(speakers(t), ['Sinta Maharani', 'Agus Wibowo', 'Rahmat Hidayat', 'Sinta Maharani', 'Agus Wibowo']);
  });

  it('reuses the answerer only for the asker they answered, not for one who cuts in', () => {
    const lalu = person('Lalu Hadi');
    assert.equal(answererAfterQuestion('', person('Sri Wahyuni'), person('Andi Saputra'), person('Hendra Wijaya'), 4, lalu, 2, 6), null);
    const t = 'Jaksa Penuntut Umum Hendra Wijaya bertanya soal aliran dana.\n\n“Berapa uang yang Saudara terima?” tanya jaksa Hendra.\n\n' +
      '“Dua ratus juta,” jawab saksi Andi Saputra.\n\nHakim Ketua Sri Wahyuni lalu menegur jaksa.\n\n“Apakah pertanyaan itu relevan?”\n\n' +
      '“Saya minta jaksa fokus pada dakwaan.”\n';
    assert.deepEqual(speakers(t), ['Hendra Wijaya', 'Andi Saputra', 'Sri Wahyuni', 'Sri Wahyuni']);
    const u = 'Diskusi soal banjir dipandu Dewi Anggraini.\n\n"Apa penyebab utamanya?" tanya Dewi.\n\n' +
      '"Drainase yang tersumbat," jawab pakar hidrologi Yusuf Maulana.\n\nWakil Wali Kota Arif Budiman lalu menyela diskusi.\n\n' +
      '"Bukankah drainase sudah dikeruk bulan lalu?"\n\n"Saya sendiri yang meninjau pengerukan itu."\n';
    assert.deepEqual(speakers(u), ['Dewi Anggraini', 'Yusuf Maulana', 'Arif Budiman', 'Arif Budiman']);
  });

  it('keeps a witness questioned by two askers for whoever questions them next', () => {
    const fitri = person('Fitri Handayani');
    const slamet = person('Slamet Wicaksono');
    const anton = person('Anton Sulistyo');
    assert.equal(answeredNow(slamet, anton, null, null), anton);
    assert.equal(answeredNow(slamet, fitri, slamet, anton), 'several');
    assert.equal(answeredNow(slamet, anton, slamet, anton), anton);
    assert.equal(answererAfterQuestion('', person('Wahyu Prasetyo'), slamet, 'several', 8, null, -9, 10), slamet);
  });
});
