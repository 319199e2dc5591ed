// A company named after a place is the company, not the place (fix45c; own sentences).
import assert from 'node:assert/strict';
import { linkedActors as actors } from '../recognize/helpers';

describe('fix45c: a restaurant chain named after a US state (org-foreign-companies.json)', () => {
  it('reads "Kentucky Fried Chicken" and "KFC" as the company', () => {
    assert.deepEqual(actors('Gerai Kentucky Fried Chicken di Bekasi ramai pembeli.'), ['Kentucky Fried Chicken/ORG/KFC', 'Bekasi/GPE/Bekasi']);
    assert.deepEqual(actors('Menu baru KFC dijual mulai Senin.'), ['KFC/ORG/KFC']);
  });

  it('still reads the state alone as the place', () => {
    assert.deepEqual(actors('Badai melanda Kentucky pada Senin.'), ['Kentucky/GPE/Kentucky']);
  });
});
