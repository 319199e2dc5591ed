// Issue 13, robustness: an article delivered as one long line (its paragraph breaks lost)
// keeps the speakers its paragraphs give, where a sentence boundary does the paragraph's
// job. Own sentences about fictional events.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { questionSentenceBefore } from '../../../../src/core/recognize/interview-questions';

const oneLine = (t: string): string => t.replace(/\n+/g, ' ');

const INTERVIEW = 'Pelatih Persiba Balikpapan Hendro Wahyudi baru sebulan menjabat. Ia menegaskan klub akan memakai pemain muda.\n\n' +
  'Wartawan Kaltim Pos Nurul Aisyah berbincang dengan mantan asisten pelatih tim nasional itu di mes pemain. Berikut petikannya.\n\n' +
  'Mengapa klub memilih pemain muda?\n\n' +
  '"Karena anggaran musim lalu habis untuk kontrak pemain asing."\n\n' +
  'Apakah pelatih fisik setuju?\n\n' +
  '"Coach Rudi Hartono ikut rapat dari awal. Dia yang paling keras meminta pemain muda diberi menit bermain."\n\n' +
  '"Kami tetap mengambil satu pemain asing di lini belakang."\n';

describe('speakers39: one-line articles keep their speakers', () => {
  it('the paragraphs give every answer to the interviewee', () => {
    assert.deepEqual(speakers(INTERVIEW), ['Hendro Wahyudi', 'Hendro Wahyudi', 'Hendro Wahyudi']);
  });
  it('on one line: the unquoted question before the first answer, and no reporting verb inside the answer before', () => {
    assert.deepEqual(speakers(oneLine(INTERVIEW)), ['Hendro Wahyudi', 'Hendro Wahyudi', 'Hendro Wahyudi']);
  });
  it('on one line: the first answer after an unquoted question is the one reported speaking before, not the interviewer', () => {
    const t = 'Direktur Teknik Persiba Balikpapan Hendro Wahyudi baru sebulan menjabat. Ia menegaskan klub akan memakai pemain muda.\n\n' +
      'Wartawan Nurul Aisyah berbincang dengan mantan asisten pelatih tim nasional U-19 itu di mes pemain. Berikut petikannya.\n\n' +
      'Mengapa klub memilih pemain muda?\n\n"Karena anggaran musim lalu habis untuk kontrak pemain asing."\n';
    assert.deepEqual(speakers(t), ['Hendro Wahyudi']);
    assert.deepEqual(speakers(oneLine(t)), ['Hendro Wahyudi']);
  });
  it('questionSentenceBefore reads the sentence before a quote on its line', () => {
    const t = 'Berikut petikannya. Mengapa klub memilih pemain muda? "Karena anggaran habis."';
    assert.equal(questionSentenceBefore(t, 0, t.indexOf('"')), true);
    const u = 'Berikut petikannya. "Karena anggaran habis."';
    assert.equal(questionSentenceBefore(u, 0, u.indexOf('"')), false);
    const v = '"Mengapa?" "Karena anggaran habis."';
    assert.equal(questionSentenceBefore(v, 0, v.lastIndexOf('"Karena')), false);
  });
});
