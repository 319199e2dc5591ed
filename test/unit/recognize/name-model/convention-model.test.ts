import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

// The convention model (name-model/README.md) learned from the project's gold that a Title
// Case common phrase is no actor. These phrases are in no gold article written so (checked
// with grep when the test was written), so the test asks for what the model generalises,
// not what it memorised; the names beside them must stay persons.
const COMMON_PHRASES = ['Bahan Bakar', 'Sampah Plastik', 'Hutan Lindung', 'Gizi Buruk', 'Lahan Basah'];
const NAMES = ['Rudi Hartanto', 'Sinta Maharani', 'Yohanes Bere'];
const sentence = (run: string): string => `Sejak pekan lalu, warga mengeluhkan ${run} di kampung itu.`;

describe('name model: the convention model in the unknown-name rule', () => {
  it('drops a Title Case common phrase with no clue (a weak mention no other confirms), which the rules alone took for a person', () => {
    for (const run of COMMON_PHRASES) assert.deepEqual(analyze(sentence(run)).actors.map((a) => a.text), [], run);
  });
  it('keeps a person\'s name in the same place', () => {
    for (const run of NAMES) assert.deepEqual(analyze(sentence(run)).actors.map((a) => `${a.text}/${a.type}`), [`${run}/PER`], run);
  });
});
