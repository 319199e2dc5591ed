// Interviews printed as unquoted question lines and quoted answers (interview-questions.ts and
// the speaker walk in link.ts); the shape of dev article d125, sentences written for this test.
// Each case failed before its change, except the guards marked as such.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from './helpers';
import { isQuestionLine } from '../../../src/core/recognize/interview-questions';

describe('interviews with unquoted questions', () => {
  it('the answers are the person reported speaking before, not the interviewer opening the paragraph that introduces the exchange', () => {
    const text = 'SOLO - Manajer Persis Solo Bambang Wicaksono menegaskan klub tidak akan menjual pemain muda.\n' +
      'Wartawan Dita Kusuma menemuinya di mes pemain, Selasa. Berikut petikannya.\n' +
      'Mengapa klub menolak tawaran itu?\n' +
      '"Karena kami membangun tim untuk lima tahun, bukan satu musim."\n' +
      'Apakah pelatih setuju?\n' +
      '"Dia yang paling keras meminta pemain muda diberi menit bermain."\n';
    assert.deepEqual(speakers(text), ['Bambang Wicaksono', 'Bambang Wicaksono']);
  });
  it('a question line ends in "?", has no quotation mark and is short', () => {
    const t = 'Ada target di Liga 2?\n"Siapa yang tahu?"\n';
    assert.equal(isQuestionLine(t, 0, 21), true);
    assert.equal(isQuestionLine(t, 22, t.length - 1), false);
    const long = `${'Kata demi kata '.repeat(20)}ditulis?`;
    assert.equal(isQuestionLine(long, 0, long.length), false);
  });
});
