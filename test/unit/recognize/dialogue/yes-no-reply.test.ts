// An uncued reply opening with a yes/no word ("Iya, Bu.", "Betul, Pak.") right after a quoted
// question is the other party's answer, never the asker going on (answer-turns.ts,
// repliesYesNo). Own sentences about fictional events; the first case failed before the
// change, the others are probes it must not change.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';

describe('fresh48s: a yes/no reply after a question', () => {
  it('is the witness who answered before, after the prosecutor shows them a document', () => {
    const t = 'Jaksa dari Kejaksaan Negeri Kotawaringin Timur menghadirkan dua saksi, salah satunya pemilik toko bangunan di Sampit, Yohanes Kurniawan (45).\n\n' +
      'Majelis hakim diketuai Bambang Sutejo. Berikut sebagian tanya jawab di ruang sidang.\n\n' +
      'Hakim: "Saudara yang mengerjakan jalan itu?"\n\n' +
      'Saksi: "Betul, Yang Mulia. Kami mulai bulan Maret."\n\n' +
      'Jaksa penuntut umum Maria Ulfa lalu memperlihatkan selembar kuitansi kepada saksi.\n\n' +
      '"Apakah ini tanda tangan Saudara?"\n\n' +
      '"Iya, Bu. Itu kuitansi pembelian aspal."\n';
    const got = speakers(t);
    assert.equal(got[got.length - 2], 'Maria Ulfa');
    assert.equal(got[got.length - 1], 'Yohanes Kurniawan');
  });

  it('probe: the asker going on without a yes/no word keeps the turn', () => {
    const t = 'Jaksa dari Kejaksaan Negeri Kotawaringin Timur menghadirkan dua saksi, salah satunya pemilik toko bangunan di Sampit, Yohanes Kurniawan (45).\n\n' +
      'Majelis hakim diketuai Bambang Sutejo. Berikut sebagian tanya jawab di ruang sidang.\n\n' +
      'Hakim: "Saudara yang mengerjakan jalan itu?"\n\n' +
      'Saksi: "Betul, Yang Mulia. Kami mulai bulan Maret."\n\n' +
      'Jaksa penuntut umum Maria Ulfa lalu memperlihatkan selembar kuitansi kepada saksi.\n\n' +
      '"Apakah ini tanda tangan Saudara?"\n\n' +
      '"Kuitansi ini kami temukan di kantor dinas, Pak."\n';
    const got = speakers(t);
    assert.equal(got[got.length - 1], 'Maria Ulfa');
  });

  it('probe: a resident asking an official and going on keeps her words', () => {
    const t = 'Bupati Sleman, Harda Kiswaya, menemui warga di balai desa, Selasa.\n\n' +
      'Seorang warga, Suminah, bertanya kepada bupati. "Kapan jalan kampung kami diperbaiki, Pak?"\n\n' +
      '"Sudah tiga tahun kami menunggu, Pak," katanya.\n';
    assert.deepEqual(speakers(t), ['Suminah', 'Suminah']);
  });

  it('probe: "Ya" inside a continuing statement is no reply', () => {
    const t = 'Menteri Keuangan Sri Wahyuni menjelaskan defisit anggaran, Senin.\n\n' +
      '"Apakah defisit akan melebar? Kami kira tidak."\n\n' +
      '"Ya kita jaga di bawah tiga persen," ujarnya.\n';
    assert.deepEqual(speakers(t), ['Sri Wahyuni', 'Sri Wahyuni']);
  });
});
