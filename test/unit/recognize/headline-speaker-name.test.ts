// Issue 13 (speakers43): a headline in capitals whose first name is a KB alias ("RETNO") is
// re-read as the body's person; the headline quote's speaker follows (headline-speaker-name.ts).
// Own sentences about a fictional coach.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { speakersToHeadlineNames } from '../../../src/core/recognize/headline-speaker-name';
import type { ActorMention, Quote } from '../../../src/core/recognize/types';

describe('the headline speaker re-read as the body\'s person (headline-speaker-name.ts)', () => {
  it('gives the headline interview quote to the coach the body names, not to a KB person sharing her first name', () => {
    const t = 'WAWANCARA RETNO WULANDARI: "Pemain Muda Kita Takut Kalah, Bukan Kurang Latihan"\n\n' +
      'Jakarta - Pelatih kepala tim senam klub Garuda Lentur, Retno Wulandari, mengakui atletnya sering gugup di final.\n\n' +
      '"Begitu tertinggal, gerakannya jadi ragu," kata Retno.';
    const r = analyze(t);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Retno Wulandari', 'Retno Wulandari']);
    assert.equal(t.slice(r.quotes[0].speakerMention?.start, r.quotes[0].speakerMention?.end), 'RETNO WULANDARI');
  });

  it('leaves a speaker outside the re-read names, or of the same span, as it is', () => {
    const h: ActorMention = { start: 10, end: 25, text: 'RETNO WULANDARI', type: 'PER', canonical: 'Retno Wulandari' } as ActorMention;
    const inside: Quote = { start: 27, end: 40, text: '', speaker: 'Retno Marsudi', speakerMention: { start: 10, end: 15 } };
    const outside: Quote = { start: 50, end: 60, text: '', speaker: 'Budi', speakerMention: { start: 30, end: 34 } };
    speakersToHeadlineNames([h], [inside, outside]);
    assert.deepEqual([inside.speaker, inside.speakerMention], ['Retno Wulandari', { start: 10, end: 25 }]);
    assert.deepEqual([outside.speaker, outside.speakerMention], ['Budi', { start: 30, end: 34 }]);
  });
});
