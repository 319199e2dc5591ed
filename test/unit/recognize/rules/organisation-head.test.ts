import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule organisation-head', () => {
  it('takes the maximal name up to the country, and the acronym after it', () => {
    const p = 'Badan Intelijen Luar Negeri Rusia (SVR) menolak.';
    assert.deepEqual(steps(p), ['organisation-head: Badan Intelijen Luar Negeri Rusia (SVR']);
    assert.deepEqual(mentions(p), ['Badan Intelijen Luar Negeri Rusia/ORG', 'SVR/ORG']);
  });
  it('declines a common noun head at a sentence start', () => {
    assert.deepEqual(mentions('Pasukan Rusia mundur.'), ['Rusia/GPE']);
    assert.ok(!steps('Pasukan Rusia mundur.').some((s) => s.startsWith('organisation-head')));
  });
});
