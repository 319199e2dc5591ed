import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers } from '../helpers';
import { withSpeakerModel } from '../../../../src/core/recognize/speaker-model';
import { chiliPrices, TRUCK_ROUTE } from './articles';

const rulesAlone = (text: string): (string | null)[] => withSpeakerModel(null, 0, () => speakers(text));

describe('speaker model: the learned choice on made-up articles', () => {
  it('"katanya" after a paragraph whose subject is a new person: that person', () => {
    // "pula berharap": a turn the speech-event pass does not read (a Malay adverb before the
    // verb); the model took it from the subject features, and since speakers43 the rules do
    // too, from the statement "Wayan … berharap …" (statement-floor.ts).
    const text = TRUCK_ROUTE;
    assert.deepEqual(rulesAlone(text), ['Budi Santoso', 'Wayan Sudarta']);
    assert.deepEqual(speakers(text), ['Budi Santoso', 'Wayan Sudarta']);
    const q = analyze(text).quotes[1];
    assert.equal(text.slice(q.speakerMention?.start, q.speakerMention?.end), 'Wayan Sudarta');
  });

  it('keeps the rules where they and the model agree: a quote continuing its speaker', () => {
    const text = chiliPrices('"Kami akan menggelar operasi pasar pekan depan."');
    assert.deepEqual(speakers(text), ['Budi Santoso', 'Budi Santoso']);
    assert.deepEqual(rulesAlone(text), speakers(text));
  });

  it('an unnamed source in a paragraph of its own: the next "ujarnya" is nobody\'s (attribution.ts)', () => {
    const text = chiliPrices(
      'Seorang pedagang di Pasar Cakranegara yang enggan disebut namanya mengeluhkan pembeli yang makin sedikit sejak pekan lalu.',
      '"Biasanya sehari habis sepuluh kilo, sekarang tiga kilo saja belum tentu," ujarnya.');
    assert.deepEqual(rulesAlone(text), ['Budi Santoso', null]);
    assert.deepEqual(speakers(text), ['Budi Santoso', null]);
  });
});
