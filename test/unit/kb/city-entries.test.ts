// A city the KB names (gpe-cities-regions.json) whose second word is also a surname: without
// the entry, "General Santos" gave a person "Santos". Sentence written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

describe('cities named in gpe-cities-regions.json', () => {
  it('reads "General Santos" as the Philippine city', () => {
    assert.deepEqual(analyze('Kapal itu berlayar dari General Santos, Filipina selatan.').actors.map((a) => `${a.text}/${a.type}/${a.canonical}`),
      ['General Santos/GPE/General Santos', 'Filipina/GPE/Philippines']);
  });
});
