// d344 (speakers47b): Dutch "van den" and Arabic "bint" join the words of one name as "van der"
// and "binti" do (lexicon.ts NAME_PARTICLES, read by actors/ctx.ts particleJoined). Without them
// "Pieter van den Broek" was no person at all and his statement and quote went to a place.
// Sentences written for this test, read with the built-in KB.
import assert from 'node:assert/strict';
import { personTexts as names } from './helpers';

describe('name particles "den" and "bint" (lexicon.ts NAME_PARTICLES)', () => {
  it('"van den" inside a Dutch name', () => {
    assert.deepEqual(names('Penyelam asal Belanda, Joost van den Heuvel, menilai tarif itu wajar.'), ['Joost van den Heuvel']);
  });
  it('"bint" inside an Arabic name', () => {
    assert.deepEqual(names('Putri itu, Noor bint Faisal, membuka pameran.'), ['Noor bint Faisal']);
  });
  // Probes: "den" and "bint" outside names, and a particle with no name after it.
  it('probes: no name on either side, or only on one side', () => {
    assert.deepEqual(names('Kapal itu berlayar ke Den Haag pada Senin.'), []);
    assert.deepEqual(names('Budi Santoso datang ke rumah den bagus itu.'), ['Budi Santoso']);
    assert.deepEqual(names('Warga menyebut daerah itu den Pasar.'), []);
  });
});
