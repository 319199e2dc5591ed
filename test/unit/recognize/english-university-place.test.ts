// An English institution named "of" a place keeps the place in its name (fix45c: "University
// of Michigan" gave only the state, as the words before the place must all be subject words).
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('fix45c: "University of <place>" is one organisation (extents.ts)', () => {
  it('reads the place after "of" or "of the" as part of the name', () => {
    assert.deepEqual(actors('Peneliti University of Michigan menerbitkan studi itu.'), ['University of Michigan/ORG']);
    assert.deepEqual(actors('Ia lulusan University of Kansas tahun lalu.'), ['University of Kansas/ORG']);
  });

  it('still ends an Indonesian university\'s name before the city named after it', () => {
    assert.deepEqual(actors('Rektor Universitas Brawijaya Malang hadir.'), ['Universitas Brawijaya/ORG', 'Malang/GPE']);
    assert.deepEqual(actors('Mahasiswa Universitas Negeri Malang ikut.'), ['Universitas Negeri Malang/ORG']);
  });
});
