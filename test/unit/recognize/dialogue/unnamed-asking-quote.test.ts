// A quoted question right after the sentence reporting that an unnamed journalist asks it
// (unnamed-questions.ts, quotesUnnamedAsking). Own sentences about fictional events; the
// first case failed before the change, the others are probes it must not change.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';

describe('fresh48s: the quoted question of an unnamed journalist reported asking', () => {
  it('is nobody\'s, and the answer after it is the one asked', () => {
    const t = 'MEDAN - Pelari Sumatera Utara, Rudi Hartono Siregar, memenangi nomor 10.000 meter, Sabtu.\n\n' +
      '"Saya sudah menyiapkan lomba ini sejak Januari," kata Rudi seusai lomba.\n\n' +
      'Seorang wartawan bertanya apakah ia akan turun di SEA Games. "Apakah Anda siap ke SEA Games?"\n\n' +
      '"Kalau dipanggil, saya siap," jawab pelari berusia 29 tahun itu.\n';
    assert.deepEqual(speakers(t), ['Rudi Hartono Siregar', null, 'Rudi Hartono Siregar']);
  });

  it('probe: a named person asking keeps their question', () => {
    const t = 'Anggota DPRD Medan, Siti Rahmah, bertanya soal anggaran banjir. "Mengapa dana itu belum cair?"\n';
    assert.deepEqual(speakers(t), ['Siti Rahmah']);
  });

  it('probe: a statement quote after the unnamed question sentence is the floor-holder\'s answer', () => {
    const t = 'Kepala BPBD Medan, Agus Salim, memimpin rapat siaga banjir, Senin.\n\n' +
      'Seorang wartawan menanyakan kapan pompa baru datang. "Pekan depan sudah terpasang semua."\n';
    assert.deepEqual(speakers(t), ['Agus Salim']);
  });

  it('probe: a resident who asks a question in a quote of their own is not a journalist', () => {
    const t = 'Seorang warga bertanya kepada petugas di posko. "Kapan air bersih datang?" katanya.\n';
    assert.deepEqual(speakers(t), [null]);
  });
});
