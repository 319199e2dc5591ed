// d344 (speakers47b): an interview printed as unquoted questions and quoted answers, with a
// paragraph quoting somebody else between two answers ("Ketua X, yang dihubungi terpisah, …
// katanya."): the answer after the next question is the interviewee's, not the one quoted in
// the paragraph between (link.ts, the uncued quote after a question line).
// Sentences written for this test, read with the built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker ?? null);

const INTRO = 'Harian Pagi mewawancarai Kepala Dinas Perikanan, Budi Santoso, di kantornya. Berikut petikannya.\n\n' +
  'Mengapa harga ikan naik?\n\n"Cuaca buruk membuat nelayan tidak melaut."\n\n';
const ASIDE = 'Ketua Koperasi Nelayan, Joko Susilo, yang dihubungi terpisah, menyatakan nelayan merugi. "Kami butuh bantuan," katanya.\n\n';

describe('an interview\'s answer after another person\'s paragraph (link.ts)', () => {
  it('the answer after the next question line is the interviewee\'s', () => {
    assert.deepEqual(speakers(INTRO + ASIDE + 'Apakah ada bantuan untuk nelayan?\n\n"Ada. Kami menyalurkan beras setiap bulan."\n\n' +
      'Kapan bantuan itu datang?\n\n"Pekan depan, lewat koperasi."'), ['Budi Santoso', 'Joko Susilo', 'Budi Santoso', 'Budi Santoso']);
  });
  // Probes: with no interview introduced, a quote after a question line continues the one
  // quoted before; and the interviewee's own answers go on as before.
  it('probes: no interview introduced, or no other person between', () => {
    assert.deepEqual(speakers(ASIDE + 'Apakah ada bantuan untuk nelayan?\n\n"Belum ada sama sekali."'), ['Joko Susilo', 'Joko Susilo']);
    assert.deepEqual(speakers(INTRO + 'Apakah ada bantuan untuk nelayan?\n\n"Ada. Kami menyalurkan beras."'), ['Budi Santoso', 'Budi Santoso']);
    assert.deepEqual(speakers('Budi Santoso ditemui di kantornya. "Cuaca buruk," katanya.\n\n' + ASIDE + 'Apakah ada bantuan?\n\n"Belum ada."'),
      ['Budi Santoso', 'Joko Susilo', 'Joko Susilo']);
  });
});
