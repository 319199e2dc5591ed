// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { answererAfterQuestion } from '../../../../src/core/recognize/answer-turns';
import type { ActorMention } from '../../../../src/core/recognize/types';

const speakers = (t: string): (string | null)[] => analyze(t).quotes.map((q) => q.speaker);
const person = (canonical: string): ActorMention => ({ start: 0, end: canonical.length, text: canonical, type: 'PER', canonical });

describe('speakers38: an uncued answer after a question (answer-turns.ts)', () => {
  it('prefers the last one who answered, else the person last reported speaking, never the asker', () => {
    const nadia = person('Nadia Putri');
    const rizal = person('Rizal Akbar');
    const lalu = person('Lalu Hadi');
    assert.equal(answererAfterQuestion(nadia, rizal, 2, lalu, 6, 8), rizal);
    assert.equal(answererAfterQuestion(nadia, null, -99, lalu, 6, 8), lalu);
    assert.equal(answererAfterQuestion(nadia, nadia, 6, nadia, 6, 8), null);
    assert.equal(answererAfterQuestion(nadia, rizal, 2, null, -9, 40), null);
  });

  it('gives the witness the answers to a second judge who takes over the questions', () => {
    const t = 'Sidang dipimpin hakim ketua Ratna Dewi dengan hakim anggota Bambang Irianto. Saksi Joko Susilo dihadirkan jaksa.\n\n' +
      'Hakim: "Saudara kenal terdakwa?"\n\nSaksi: "Kenal, Yang Mulia. Dia tetangga saya."\n\n' +
      'Hakim anggota Bambang kemudian mengambil alih pertanyaan.\n\n' +
      '"Berapa kali Saudara bertemu dia bulan itu?"\n\n"Dua kali di warung kopi."\n';
    assert.deepEqual(speakers(t), ['Ratna Dewi', 'Joko Susilo', 'Bambang Irianto', 'Joko Susilo']);
  });

  it('gives a podcast guest the answer after the host comes back to the interview', () => {
    const t = 'Dalam siniar Obrolan Sore, pembawa acara Sinta Maharani berbincang dengan peneliti Agus Wibowo.\n\n' +
      'Sinta: "Mengapa harga beras naik?"\n\nAgus: "Panen mundur dua bulan karena hujan."\n\n' +
      'Kepala Bulog setempat, Rahmat Hidayat, mengatakan stok masih cukup. "Gudang kami terisi 80 persen," ujarnya.\n\n' +
      'Kembali ke siniar, Sinta menanyakan harga gabah.\n\n' +
      '"Berapa harga gabah sekarang?"\n\n"Sekitar Rp7.000 per kilogram."\n';
    assert.deepEqual(speakers(t), ['Sinta Maharani', 'Agus Wibowo', 'Rahmat Hidayat', 'Sinta Maharani', 'Agus Wibowo']);
  });
});
