// A capitalised word the recognizer only guesses to be a name (a "weak" person) must not
// take the subject from the actor that stands right before the reporting verb: "(Diperbarui
// pukul 14.00 WIB) Rusia menuding …" lost its statement, because "Diperbarui" was taken for
// the speaker and then dropped as no name at all, and the statement with it.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

/** The statements of `sentence` as the first paragraph of an article's body (a first
 *  line alone is read as its headline), with the built-in KB: whether a word is a known
 *  name is what these cases are about. */
const body = (sentence: string) => (analyze(`Berita hari ini\n\n${sentence}`).reported ?? []).map((s) => `${s.text} => ${s.speaker}`);

describe('subjects: a guessed name does not take the subject from the actor before the verb', () => {
  it('an update note in brackets before the subject', () => {
    assert.deepEqual(
      body('Jakarta, CNN Indonesia -- (Diperbarui pukul 14.00 WIB) Rusia menuding Amerika Serikat sengaja memperpanjang perang di Ukraina.'),
      ['Amerika Serikat sengaja memperpanjang perang di Ukraina => Russia'],
    );
  });
  it('a capitalised passive verb earlier in the sentence', () => {
    assert.deepEqual(
      body('Kemarin Diumumkan pula, Kremlin menegaskan bahwa pasokan gas ke Eropa tetap berjalan.'),
      ['pasokan gas ke Eropa tetap berjalan => Kremlin'],
    );
  });
  it('a place after "dari" right before the verb is where the person is from, never the speaker', () => {
    // "Rinaldi" is only a guessed name, confirmed by the quote he is given.
    const quote = analyze('Berita hari ini\n\nRinaldi dari Bandung mengatakan, "Harga beras naik sejak pekan lalu."').quotes;
    assert.deepEqual(quote.map((q) => q.speaker), ['Rinaldi']);
    // Unconfirmed, the statement has no speaker it can name; it must not go to Bandung.
    assert.deepEqual(body('Rinaldi dari Bandung mengatakan harga beras naik sejak pekan lalu.').filter((s) => s.endsWith('=> Bandung')), []);
  });
  it('a known person before an organisation he speaks for keeps the subject', () => {
    assert.deepEqual(
      body('Juru bicara Kremlin Dmitry Peskov, mewakili Kremlin, mengatakan Moskow siap berunding.'),
      ['Moskow siap berunding => Dmitry Peskov'],
    );
  });
});
