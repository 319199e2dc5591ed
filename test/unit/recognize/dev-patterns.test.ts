// Error patterns of the new dev set (eval/gold-new/dev) read with the built-in KB, whose
// data (gazetteer, aliases) is what fixes them.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('dev-set patterns with the built-in KB', () => {
  it('"Wilayah Persekutuan Kuala Lumpur" is one place, Kuala Lumpur (pattern 7)', () => {
    assert.deepEqual(actors('Rapat digelar di Wilayah Persekutuan Kuala Lumpur, Malaysia.'),
      ['Wilayah Persekutuan Kuala Lumpur/GPE/Kuala Lumpur', 'Malaysia/GPE/Malaysia']);
  });
  it('a regency name is a place, not a person ("Tana Toraja")', () => {
    assert.deepEqual(actors('Wisatawan memilih Tana Toraja sebagai tujuan.'), ['Tana Toraja/GPE/Kabupaten Tana Toraja']);
  });
  it('a lower-case outlet domain is the outlet (pattern 9)', () => {
    assert.deepEqual(actors('Ia mengatakan hal itu kepada kumparan.com, Senin.'), ['kumparan.com/ORG/Kumparan']);
  });
});
