import assert from 'node:assert/strict';
import { conventionScorer, withConventionModel } from '../../../../src/core/recognize/name-model';
import { mentions } from '../rules/trace';

// A run with no clue that the convention model gives almost no chance of a person's name, but
// splits the rest between "no name" and an organisation so that neither reaches its own
// margin (`reject`, `retype`): every other class together against PER (`notPerson`, off as
// shipped: at 0.5 it breaks guards of other rules, name-model/README.md; read here on trial).
describe('name model: a run read as no person by all other classes together', () => {
  const EVENT = 'Tahun ini Gelombang Cinta kembali digelar.';

  it('makes a weak mention of a run the model splits between no name and an organisation', () => {
    assert.deepEqual(withConventionModel(conventionScorer(), { notPerson: 0.5 }, () => mentions(EVENT)), []);
    assert.deepEqual(mentions(EVENT), ['Gelombang Cinta/PER'], 'without the margin the rules\' person stands');
  });
  it('keeps people the model reads as people', () => {
    withConventionModel(conventionScorer(), { notPerson: 0.5 }, () => {
      assert.deepEqual(mentions('Tahun ini Budi Santoso kembali hadir.'), ['Budi Santoso/PER']);
      assert.deepEqual(mentions('Menurut Nguyen Van Thanh, harga beras naik.'), ['Nguyen Van Thanh/PER']);
      assert.deepEqual(mentions('Kemarin Andi Wiratama datang ke kantor.'), ['Andi Wiratama/PER']);
    });
  });
});
