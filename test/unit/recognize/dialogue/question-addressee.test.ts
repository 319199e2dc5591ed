// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { askedPersonAt, questionAddresseeStart } from '../../../../src/core/recognize/question-addressee';

describe('speakers38: a question put to somebody (question-addressee.ts)', () => {
  it('finds the words after "bertanya kepada" in the subject\'s sentence only', () => {
    const p = 'Dewi, wartawan Harian Lestari, bertanya kepada Andi apakah jalan akan ditutup.';
    assert.equal(questionAddresseeStart(p, 4, p.length), p.indexOf('Andi'));
    const q = 'Dewi datang terlambat. Ia lalu bertanya kepada Andi soal jalan.';
    assert.equal(questionAddresseeStart(q, 4, q.length), -1);
  });

  it('gives the uncued answer to the one asked, and a question after it to the asker', () => {
    const t = 'Kepala Dinas Perhubungan Kota Padang Andi Saputra mengatakan jalan ditutup selama dua hari.\n\n' +
      'Dewi Lestari, wartawan Harian Kota, kemudian bertanya kepada Andi apakah ada jalur alternatif.\n\n' +
      '"Ada, lewat jalan lingkar utara."\n';
    assert.deepEqual(speakers(t), ['Andi Saputra']);
    const u = 'Diskusi dipandu dosen hukum Sari Wulandari.\n\nSari membuka sesi dengan bertanya kepada anggota Dewan Pers Tono Prasetyo tentang aturan baru.\n\n' +
      '"Pak Tono, apakah aturan ini cukup?"\n';
    assert.deepEqual(speakers(u), ['Sari Wulandari']);
  });

  it('gives the answer after the asker\'s own quoted question to the one asked, then alternates (speakers44)', () => {
    const t = 'Sidang Dana Hibah\n\nHakim ketua Eko Purwanto bertanya kepada saksi Rina Marlina soal aliran dana.\n\n' +
      '"Saudara tahu uang itu ke mana?"\n\n"Tidak tahu, Yang Mulia. Saya hanya mencatat."\n\n"Siapa yang menyuruh saudara mencatat?"\n';
    assert.deepEqual(speakers(t), ['Eko Purwanto', 'Rina Marlina', 'Eko Purwanto']);
    // (a second question of the asker stays the asker's: the one asked answers no question)
    const u = 'Sidang Dana Hibah\n\nHakim ketua Eko Purwanto bertanya kepada saksi Rina Marlina soal aliran dana.\n\n' +
      '"Saudara tahu uang itu ke mana?"\n\n"Saudara pernah melihat buku kasnya?"\n';
    assert.deepEqual(speakers(u), ['Eko Purwanto', 'Eko Purwanto']);
  });

  it('takes the one asked only right after "kepada" in the same sentence, title words allowed between', () => {
    const t = 'Anggota DPRD Rina Marlina menanyakan kelanjutan proyek itu kepada pemerintah. Kepala Dinas PU Budi Santoso hadir.\n\n“Proyek ini sudah molor setahun.”\n';
    assert.deepEqual(speakers(t), ['Rina Marlina']);
    const u = 'Ketua RT Yanto Prasetyo bertanya kepada warga yang hadir, termasuk Lurah Dedi Kurniawan, soal jadwal kerja bakti.\n\n"Kita mulai Minggu pagi saja."\n';
    assert.deepEqual(speakers(u), ['Yanto Prasetyo']);
    const p = 'kepada anggota Dewan Pers Tono Prasetyo tentang';
    assert.equal(askedPersonAt(p, 7, p.indexOf('Tono')), true);
    const q = 'kepada pemerintah. Kepala Dinas PU Budi Santoso hadir.';
    assert.equal(askedPersonAt(q, 7, q.indexOf('Budi')), false);
  });

  it('gives the floor back to a later speech event after the question', () => {
    const t = 'Rina Marlina bertanya kepada Budi Santoso soal jadwal. Rina kemudian menegaskan bahwa warga sudah lama menunggu.\n\n“Kami butuh kepastian secepatnya.”\n';
    assert.deepEqual(speakers(t), ['Rina Marlina']);
    const u = 'Bupati Anton Wijaya bertanya kepada Kepala Dinas PU Budi Santoso soal jembatan Cikaso. Ia kemudian mengatakan anggaran sudah disiapkan.\n\n"Tinggal menunggu lelang selesai."\n';
    assert.deepEqual(speakers(u), ['Anton Wijaya']);
  });
});
