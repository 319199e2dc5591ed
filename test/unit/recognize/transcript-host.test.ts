// Issue 13 (speakers43): interviews and talk shows printed with labelled turns ("RINA: “…?”").
// After a break in the transcript ("Perdebatan berlanjut setelah jeda iklan."), an unlabelled
// question is the host's, who asked the labelled questions, not the last guest's going on
// (link.ts: the asker of a labelled question). Own sentences about a fictional talk show.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

describe('a talk show host\'s question after a break in a labelled transcript', () => {
  it('gives the unlabelled question to the host who asked the labelled ones', () => {
    const t = [
      'Dalam acara bincang Suara Warga di Bali TV, Senin malam, pembawa acara Rina Kartika menghadirkan Kepala Dinas Pekerjaan Umum Bali Made Sudarsana dan aktivis lingkungan Putu Ayu Lestari.',
      '',
      'RINA: "Pak Made, kenapa proyek tanggul itu terus molor?"',
      '',
      'MADE: "Pembebasan lahan belum selesai di dua desa. Kami tidak bisa memaksa warga."',
      '',
      'RINA: "Bu Putu, apa tanggapan Anda?"',
      '',
      'PUTU: "Warga tidak menolak tanggul. Yang mereka tolak adalah harga ganti rugi yang terlalu rendah."',
      '',
      'Diskusi berlanjut setelah jeda iklan.',
      '',
      '"Jadi kapan warga akan menerima uang ganti ruginya, Pak?"',
    ].join('\n');
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Rina Kartika', 'Made Sudarsana', 'Rina Kartika', 'Putu Ayu Lestari', 'Rina Kartika']);
  });
});
