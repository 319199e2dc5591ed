// Issue 13: interviews introduced as such and printed as uncued quoted questions and answers
// (speakers45b; own sentences about fictional events).
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers } from '../helpers';

describe('speakers45b: quoted questions and answers of an introduced interview (quoted-interview.ts)', () => {
  it('gives each quoted question to the journalist named and each answer to the one interviewed', () => {
    const t = 'Wartawan Kompas Rina Sari mewawancarai Menteri Perhubungan Bambang Suryo di kantornya, Senin.\n\n' +
      '“Bagaimana persiapan angkutan Lebaran tahun ini?”\n\n“Kami sudah menyiapkan 300 bus tambahan.”\n\n' +
      '“Apakah tarifnya naik?”\n\n“Tidak, tarif tetap sama.”\n';
    assert.deepEqual(speakers(t), ['Rina Sari', 'Bambang Suryo', 'Rina Sari', 'Bambang Suryo']);
  });

  it('leaves the questions of an unnamed journalist to nobody, the answers still the interviewee\'s', () => {
    const t = 'Wartawan Kompas mewawancarai Bupati Sleman Wahyu Nugroho di pendopo, Rabu.\n\n' +
      '“Kapan jalan desa itu diperbaiki?”\n\n“Anggarannya cair bulan depan.”\n\nIa lalu menunjukkan peta.\n\n' +
      '“Berapa kilometer yang diaspal?”\n\n“Sekitar dua belas kilometer.”\n';
    assert.deepEqual(speakers(t), [null, 'Wahyu Nugroho', null, 'Wahyu Nugroho']);
  });

  it('ends the interview at a line of narration that brings in another person', () => {
    // (fix45c: the answer after "Sehari kemudian, X berkomentar." is X's, not the interviewee's)
    const t = 'Pembawa acara Dewi Lestari mewawancarai Gubernur Bali Made Sutrisna di studio, Senin.\n\n' +
      '“Apakah Anda akan mencalonkan diri lagi?”\n\n“Kita lihat saja nanti.”\n\n' +
      'Keesokan harinya, Bupati Gianyar Ketut Wirawan berkomentar.\n\n“Semua orang berhak maju.”\n';
    assert.deepEqual(speakers(t), ['Dewi Lestari', 'Made Sutrisna', 'Ketut Wirawan']);
    // (narration naming only the two parties keeps the exchange going)
    const u = 'Pembawa acara Dewi Lestari mewawancarai Gubernur Bali Made Sutrisna di studio, Senin.\n\n' +
      '“Apakah Anda akan mencalonkan diri lagi?”\n\n“Kita lihat saja nanti.”\n\nMade Sutrisna lalu tersenyum.\n\n' +
      '“Bagaimana dengan wakil Anda?”\n\n“Dia juga siap.”\n';
    assert.deepEqual(speakers(u), ['Dewi Lestari', 'Made Sutrisna', 'Dewi Lestari', 'Made Sutrisna']);
  });

  it('gives the questions to the journalist the subject talks with', () => {
    const t = 'Pelatih PSIS Semarang, Danu Saputra, berbincang dengan wartawan Tempo, Laras Ayu, seusai latihan.\n\n' +
      '“Apa target tim musim ini?”\n\n“Masuk empat besar.”\n';
    assert.deepEqual(speakers(t), ['Laras Ayu', 'Danu Saputra']);
  });

  it('does not read an ordinary "mewawancarai" followed by quotes with their own cues or narration as an interview', () => {
    // (an investigator's interview, then a quoted question nobody in the text asks in the exchange)
    const a = 'Penyidik Polres Bogor sudah mewawancarai saksi kunci, Budi Santoso, pada Senin.\n\n' +
      '“Apakah ada yang melihat pelaku?”\n\nPertanyaan itu terus diulang warga di grup percakapan kampung.\n';
    assert.deepEqual(speakers(a), [null]);
    // (quotes with cues keep their cues)
    const b = 'Panitia sudah berbincang dengan warga Rina Lestari soal tanah itu.\n\n' +
      '“Siapa yang mau menanggung biayanya?” kata Ketua RT Ahmad Fauzi.\n\n“Kami belum tahu,” ujar Rina.\n';
    assert.deepEqual(speakers(b), ['Ahmad Fauzi', 'Rina Lestari']);
    // (a quote before the interview's introduction opens no exchange: the minister quoted first keeps it)
    const c = 'Menteri Kesehatan Budi Santoso mengatakan vaksin sudah tiba.\n\n“Distribusi mulai besok,” ujarnya.\n\n“Semua provinsi kebagian.”\n';
    assert.deepEqual(speakers(c), ['Budi Santoso', 'Budi Santoso']);
  });
});

describe('speakers45b: the outlet after a journalist\'s word (journalist-outlet.ts)', () => {
  const actors = (t: string): string[] => analyze(t).actors.map((a) => `${a.text}/${a.type}`);

  it('reads "Antara" after "wartawan" as the agency, so that the interview\'s questions are nobody\'s', () => {
    assert.deepEqual(actors('Jurnalis Antara Rina Sari melaporkan dari lokasi banjir.'), ['Antara/ORG', 'Rina Sari/PER']);
    const t = 'Wartawan Antara mewawancarai Menteri Perhubungan Bambang Suryo di kantornya, Senin.\n\n' +
      '“Bagaimana persiapan angkutan Lebaran tahun ini?”\n\n“Kami sudah menyiapkan 300 bus tambahan.”\n';
    assert.deepEqual(speakers(t), [null, 'Bambang Suryo']);
  });

  it('still reads a journalist\'s own name after the word', () => {
    assert.deepEqual(actors('Wartawan Budi Santoso melaporkan dari lokasi banjir.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Wartawan senior Budi Santoso hadir dalam diskusi itu.'), ['Budi Santoso/PER']);
  });
});
