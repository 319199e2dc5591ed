import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.type} ${a.text} = ${a.canonical}`);
}

// The Sasak title "Lalu" opening a sentence before the short name of a person the article
// names in full with it is part of the name (sasak-title-opening.ts, link pass); "Lalu"
// meaning "then" stays outside.
describe('actors49b: the Sasak title "Lalu" opening a sentence (sasak-title-opening.ts)', () => {
  it('takes "Lalu" into the short name of a person named "Lalu …" in the article', () => {
    const text = 'Ketua koperasi sopir taksi, Lalu Muhammad Sahnan, mengatakan para sopir menunggu jawaban.\n\nLalu Sahnan menerima permintaan itu dan meminta sopir kembali bekerja.';
    assert.ok(actors(text).includes('PER Lalu Sahnan = Lalu Muhammad Sahnan'), actors(text).join(' | '));
  });
  it('leaves "Lalu" meaning "then" outside', () => {
    const cases: [string, string][] = [
      ['Wartawan bertanya soal anggaran. Lalu Gubernur menjawab bahwa dana sudah cair.', 'Lalu Gubernur'],
      ['Budi Santoso menunggu di terminal. Lalu Budi pulang ke rumah.', 'Lalu Budi'],
      ['Ketua koperasi, Ahmad Sahnan, mengatakan sopir menunggu.\n\nLalu Sahnan menerima permintaan itu.', 'Lalu Sahnan'],
      ['Ketua koperasi, Lalu Muhammad Sahnan, hadir. Sopir lalu Sahnan ajak bicara.', 'lalu Sahnan'],
    ];
    for (const [text, not] of cases) assert.ok(!actors(text).some((a) => a.includes(` ${not} =`)), `${text}: ${actors(text).join(' | ')}`);
  });
});
