// Issue 13 (speakers43): interviews and talk shows printed with labelled turns ("RINA: “…?”").
// After a break in the transcript ("Perdebatan berlanjut setelah jeda iklan."), an unlabelled
// question is the host's, who asked the labelled questions, not the last guest's going on
// (link.ts: the asker of a labelled question), and the answer to its bare "…, Pak?" is the one
// the host last addressed as "Pak <name>". Own sentences about a fictional talk show.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { addressTermOf, bareAddressTerm } from '../../../src/core/recognize/vocative-addressee';

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
      '',
      '"Itu menunggu hasil tim penilai. Saya tidak mau menyebut tanggal sebelum hasilnya keluar."',
    ].join('\n');
    // the answer to "…, Pak?" is the one the host last addressed as "Pak <name>", not the guest
    // who answered before (vocative-addressee.ts, bareAddressTerm)
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Rina Kartika', 'Made Sudarsana', 'Rina Kartika', 'Putu Ayu Lestari', 'Rina Kartika', 'Made Sudarsana']);
  });

  it('reads the term of address before a name, and a bare one closing a sentence', () => {
    assert.equal(addressTermOf('"Pak Made, kenapa proyek itu molor?"'), 'pak');
    assert.equal(addressTermOf('"Anda tidak setuju, Bu Putu?"'), 'bu');
    assert.equal(bareAddressTerm('"Jadi kapan uangnya cair, Pak?"'), 'pak');
    assert.equal(bareAddressTerm('"Jadi kapan uangnya cair, Pak Made?"'), null);
    assert.equal(bareAddressTerm('"Pak, kapan uangnya cair?"'), null);
  });
});
