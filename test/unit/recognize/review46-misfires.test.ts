// Misfires of session 46's rules found by a report-only review (review46), each with the
// review's probe and ordinary sentences of the same shape that must read as before.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}`);

describe('review46: short-head-region, "DKI" alone is the province', () => {
  it('a regional body\'s short head with "DKI" is one organisation before its holder', () => {
    assert.deepEqual(actors('Kepala Dishub DKI Syafrin Liputo mengatakan jalan Sudirman ditutup.'),
      ['Dishub DKI/ORG', 'Syafrin Liputo/PER']);
    assert.deepEqual(actors('Kepala Dinkes DKI Ani Ruspitawati mengatakan kasus ISPA naik.'), ['Dinkes DKI/ORG', 'Ani Ruspitawati/PER']);
    assert.deepEqual(actors('Kepala Disdik DKI Nahdiana mengatakan sekolah libur.'), ['Disdik DKI/ORG', 'Nahdiana/PER']);
  });
  it('"DKI Jakarta" and a region the KB knows stay the body\'s; without a holder the body is whole', () => {
    assert.deepEqual(actors('Kepala Dinkes DKI Jakarta Ani Ruspitawati mengatakan kasus ISPA naik.'), ['Dinkes DKI Jakarta/ORG', 'Ani Ruspitawati/PER']);
    assert.deepEqual(actors('Kepala Dishub Jabar Koswara mengatakan arus mudik lancar.'), ['Dishub Jabar/ORG', 'Koswara/PER']);
    assert.deepEqual(actors('Dishub DKI menutup jalan itu.'), ['Dishub DKI/ORG']);
    assert.deepEqual(actors('Kepala Dishub Agustinus Mering mengatakan jalan ditutup.'), ['Dishub/ORG', 'Agustinus Mering/PER']);
  });
});
