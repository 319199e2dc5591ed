// Hospitals by their short heads and their units (lexicon.ts ORG_HEADS, NEVER_ACTOR):
// sentences written for this test on the format of the dev
// article d195 (other hospitals and people), read with the built-in KB. Each case failed
// before the change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const linked = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);

describe('hospitals by their short heads', () => {
  it('a mother-and-child or general hospital (RSIA, RSU) with its city is one organisation, its director a person', () => {
    assert.deepEqual(linked('RSIA Cahaya Medika Samarinda menambah tempat tidur. Direktur RSIA Cahaya Medika Sri Handayani mengatakan antrean berkurang.'), [
      'RSIA Cahaya Medika Samarinda/ORG/RSIA Cahaya Medika Samarinda', 'RSIA Cahaya Medika/ORG/RSIA Cahaya Medika Samarinda', 'Sri Handayani/PER/Sri Handayani',
    ]);
    assert.deepEqual(linked('Pasien dirujuk ke RSU Bunda Mulia Kupang.'), ['RSU Bunda Mulia Kupang/ORG/RSU Bunda Mulia Kupang']);
  });
  it('a hospital\'s units (NICU, ICU, IGD) are no actors', () => {
    assert.deepEqual(linked('Ruang NICU dan ICU penuh, sedangkan IGD masih menerima pasien.'), []);
  });
});
