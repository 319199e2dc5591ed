// Issue 13 pattern 16 (speakers43): "jawab ahli tersebut" is the expert witness the article
// introduced ("Saksi ahli dari …, X"), not the judge who asked the question
// (definite-subject.ts, description heads). Own sentences about a fictional trial.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

describe('a description headed by "ahli" (definite-subject.ts)', () => {
  it('gives "jawab ahli tersebut" to the expert witness, not to the judge who asked', () => {
    const t = 'Saksi ahli dari Balai Taman Nasional Bunaken, Markus Rondonuwu, menerangkan terumbu karang di lokasi itu rusak berat.\n\n' +
      'Ketua majelis hakim Sri Wulandari sempat bertanya kepada saksi tentang biaya pemulihannya.\n\n' +
      '"Pemulihan satu hektare butuh sedikitnya sepuluh tahun," jawab ahli tersebut.';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Markus Rondonuwu']);
  });
});
