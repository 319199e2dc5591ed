// Kept outside test/unit/recognize/: bench/output-hash.ts analyses every string literal
// of the recognizer's tests, so new literals there change the behaviour fingerprint.
import assert from 'node:assert/strict';
import { CLASSES, nameScorer } from '../../../src/core/recognize/name-model';
import { featuresOf } from '../../../src/core/recognize/name-model/features';

describe('name model: the scorer and the feature list agree', () => {
  it('scores a run as the sum of the weights of all its features (featuresOf)', () => {
    // The scorer keeps per word what the run features read of it (first and last word,
    // shape sequence); the figures must stay those of the full feature list.
    const runs: Array<[string[], string[], string[]]> = [
      [['Raka', 'Wicaksana'], ['kata'], ['.']],
      [['Garuda', 'Maintenance', 'Facility'], ['bersama'], ['tahun', 'lalu']],
      [['KPK', 'U-23', 'Rp16', "O'Brien", 'iPhone', 'VnExpress'], [',', 'warga'], []],
      [['Sa\u2019dan'], [], ['(', '35']],
      [['Raka', 'Wicaksana'], ['kata'], ['.']],
    ];
    for (const [words, prev, next] of runs) {
      const fast = nameScorer().score(words, prev, next, new Float64Array(CLASSES.length));
      const full = nameScorer().scoreFeatures(featuresOf(words, prev, next, true), new Float64Array(CLASSES.length));
      for (let c = 0; c < CLASSES.length; c++) assert.ok(Math.abs(fast[c] - full[c]) < 1e-12, `${words.join(' ')} ${CLASSES[c]}: ${fast[c]} vs ${full[c]}`);
    }
  });
});
