// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { interviewedIn, intervieweeOf } from '../../../../src/core/recognize/interview-turns';
import { answerLabelled, turnLabelBefore } from '../../../../src/core/recognize/turn-labels';
import type { ActorMention } from '../../../../src/core/recognize/types';

const person = (canonical: string): ActorMention => ({ start: 0, end: canonical.length, text: canonical, type: 'PER', canonical });

describe('speakers38: quoted T/J interviews (interview-turns.ts, turn-labels.ts)', () => {
  it('reads a question label as the interviewer\'s role and an answer label as nobody\'s', () => {
    const q = 'T: "Kapan pabrik dibuka?"';
    assert.deepEqual(turnLabelBefore(q, q.indexOf('"')), { start: 0, end: 1, role: 'pewawancara' });
    const a = 'J: "Akhir tahun."';
    assert.equal(answerLabelled(a, a.indexOf('"')), true);
    assert.equal(answerLabelled(q, q.indexOf('"')), false);
  });

  it('finds the subject talking with a journalist across an abbreviation\'s dot ("Jl. ")', () => {
    const t = 'Dokter Rina Halim, yang praktik di Jl. Kenanga, berbincang dengan wartawan Kompas, Budi Santoso, di kliniknya.';
    const at = (name: string): ActorMention => ({ ...person(name), start: t.indexOf(name), end: t.indexOf(name) + name.length });
    const mentions = [at('Rina Halim'), at('Budi Santoso')];
    assert.equal(interviewedIn(t, 0, t.length, mentions, 0, () => true)?.canonical, 'Rina Halim');
    // (a real sentence end still bounds the subject's sentence)
    const two = 'Rina Halim pulang. Kemudian wartawan itu berbincang dengan wartawan Kompas, Budi Santoso.';
    const twoAt = (name: string): ActorMention => ({ ...person(name), start: two.indexOf(name), end: two.indexOf(name) + name.length });
    assert.equal(interviewedIn(two, 0, two.length, [twoAt('Rina Halim'), twoAt('Budi Santoso')], 0, () => true), null);
  });

  it('keeps the interviewee once found and never takes the asker for one', () => {
    const rina = person('Rina Halim');
    const budi = person('Budi Santoso');
    assert.equal(intervieweeOf(null, rina, null), rina);
    assert.equal(intervieweeOf(null, rina, rina), null);
    assert.equal(intervieweeOf(budi, rina, null), budi);
  });

  it('gives quoted questions to the journalist introduced and answers to the interviewee, a second guest between', () => {
    const t = 'Direktur PT Sinar Tekstil Abadi, Rina Halim, mengatakan pabrik baru akan dibuka akhir tahun. Ia menerima wartawan Lestari Gunawan di kantornya. Manajer pabrik Yusuf Tanjung ikut mendampingi.\n\n' +
      'T: "Berapa pekerja yang akan direkrut?"\n\n' +
      'J: "Sekitar 1.200 orang, sebagian besar dari desa sekitar."\n\n' +
      'Yusuf: "Pelatihannya kami mulai bulan depan."\n\n' +
      'T: "Apakah upahnya di atas UMK?"\n\n' +
      'J: "Sedikit di atas, ditambah uang makan."\n';
    assert.deepEqual(speakers(t), ['Lestari Gunawan', 'Rina Halim', 'Yusuf Tanjung', 'Lestari Gunawan', 'Rina Halim']);
  });

  it('leaves a question label with no interviewer introduced to nobody', () => {
    const t = 'Kepala Dinas Pendidikan Kota Jambi Hasan Basri menjelaskan sekolah baru siap dipakai.\n\n' +
      'T: "Kapan siswa mulai masuk?"\n\nJ: "Juli nanti."\n';
    assert.deepEqual(speakers(t), [null, 'Hasan Basri']);
  });

  it('gives answers to the one interviewed, never to the journalist who asked', () => {
    const t = 'Wartawan Tempo Fikri Ramadhan mewawancarai Menteri Budi Santoso di kantornya.\n\nT: “Kapan harga turun?”\n\nJ: “Bulan depan.”\n';
    assert.deepEqual(speakers(t), ['Fikri Ramadhan', 'Budi Santoso']);
    const u = 'Jurnalis Sinta Lestari mewawancarai Direktur PT Kapal Borneo, Hendra Gunadi, di Pontianak, pekan lalu.\n\n' +
      'T: “Berapa kapal yang Anda operasikan sekarang?”\n\nJ: “Dua belas, semuanya kapal kayu.”\n\nT: “Ke mana saja rutenya?”\n\nJ: “Pontianak ke Ketapang.”\n';
    assert.deepEqual(speakers(u), ['Sinta Lestari', 'Hendra Gunadi', 'Sinta Lestari', 'Hendra Gunadi']);
  });

  it('leaves an answer with no interviewee known to nobody rather than to the asker', () => {
    const t = 'Wartawan Tempo Fikri Ramadhan datang ke kantor kementerian pagi itu.\n\nT: “Kapan harga turun?”\n\nJ: “Bulan depan.”\n';
    assert.deepEqual(speakers(t), ['Fikri Ramadhan', null]);
  });
});
