// A city the gazetteer writes in two words whose founding law writes it in one (regions.ts
// CITY_SPELLINGS): the official spelling is the identity, whichever way the news writes it.
import assert from 'node:assert/strict';
import { linkedActors as named } from '../recognize/helpers';

describe('cities named by their official spelling (regions.ts)', () => {
  it('Tanjungpinang and Baubau, written in one word, in two or in capitals', () => {
    assert.deepEqual(named('TANJUNGPINANG - Kapal dari Tanjung Pinang tiba di Baubau, lalu ke Bau-Bau lagi.'),
      ['TANJUNGPINANG/GPE/Tanjungpinang', 'Tanjung Pinang/GPE/Tanjungpinang', 'Baubau/GPE/Baubau', 'Bau-Bau/GPE/Baubau']);
  });
  it('guard: a city whose official name is two words keeps it', () => {
    assert.deepEqual(named('Banjir melanda Palangkaraya sejak Senin.'), ['Palangkaraya/GPE/Palangka Raya']);
  });
});
