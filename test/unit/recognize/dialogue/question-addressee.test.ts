// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { questionAddresseeStart } from '../../../../src/core/recognize/question-addressee';

const speakers = (t: string): (string | null)[] => analyze(t).quotes.map((q) => q.speaker);

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
});
