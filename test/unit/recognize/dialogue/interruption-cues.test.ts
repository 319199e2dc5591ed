// Issue 13: a debate's interruptions ("…,” potong Melati", "…,” sela hakim") attribute a
// quote like "kata"; a short quote needs its cue to be read as speech at all. Own sentences
// about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

const quotes = (t: string): string[] => analyze(t).quotes.map((q) => `${q.text} => ${q.speaker} (${q.cue})`);

describe('speakers39: interruption cues', () => {
  it('"potong X" and "sela X" after a short quote name its speaker', () => {
    const t = 'Diskusi menghadirkan pengamat Hendro Wahyudi dan aktivis Melati Sinaga.\n\n';
    assert.deepEqual(quotes(t + '"Nah, itu soalnya," potong Melati.\n'), ['"Nah, itu soalnya," => Melati Sinaga (potong)']);
    assert.deepEqual(quotes(t + '"Belum tentu," sela Hendro.\n'), ['"Belum tentu," => Hendro Wahyudi (sela)']);
  });
  it('"potong" after a comma in narration reports nothing', () => {
    assert.deepEqual(analyze('Ayam dibersihkan, potong kecil-kecil, lalu digoreng Hendro Wahyudi.').reported ?? [], []);
  });
});
