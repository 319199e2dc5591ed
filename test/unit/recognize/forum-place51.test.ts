// Session 51 (actors51): a forum of people named by their role or trade ("Forum Guru Honorer
// Bersatu …", rules/non-actor-head.ts) is an organisation; the regency or city the forum is of,
// written last, closes its name (as an association's does, "Perhimpunan Peternak Sapi Lampung
// Tengah"): it was read as a place of its own. Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('actors51: a forum of people with its regency last', () => {
  it('keeps the regency in the forum\'s name', () => {
    assert.deepEqual(actors('Ketua Forum Guru Honorer Bersatu Garut, Dede Sutisna, meminta kepastian formasi.'), [
      'Forum Guru Honorer Bersatu Garut/ORG', 'Dede Sutisna/PER']);
    assert.deepEqual(actors('Forum Nelayan Pesisir Ende mengadukan limbah pabrik.'), ['Forum Nelayan Pesisir Ende/ORG']);
  });
  it('(guard) a place after a word between stays a place', () => {
    assert.deepEqual(actors('Forum Guru Honorer Bersatu di Garut mengadukan gaji.'), ['Forum Guru Honorer Bersatu/ORG', 'Garut/GPE']);
  });
});
