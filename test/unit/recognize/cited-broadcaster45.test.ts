// "Menurut Radio New Zealand, …": a broadcaster cited as a source is one ORG with its
// country (speakers45b; own sentences about fictional events).
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('speakers45b: a paper or broadcaster cited with "menurut" (regional-newspaper.ts)', () => {
  it('reads "Radio <country>" after "menurut" as one ORG, at a sentence\'s start too', () => {
    assert.deepEqual(actors('Menurut Radio New Zealand, kapal itu tenggelam pada Minggu pagi.'), ['Radio New Zealand/ORG']);
    assert.deepEqual(actors('Kapal itu, menurut Radio New Zealand, tenggelam.'), ['Radio New Zealand/ORG']);
    assert.deepEqual(actors('Kapal itu tenggelam, mengutip Radio France Internationale.'), ['Radio France Internationale/ORG']);
  });

  it('reads a regional paper after a sentence-opening "Menurut"', () => {
    assert.deepEqual(actors('Menurut Pos Kupang, jalan itu longsor.'), ['Pos Kupang/ORG']);
  });

  it('leaves the medium and places alone where nothing cites an outlet', () => {
    assert.deepEqual(actors('Menurut warga, Radio Indonesia kini jarang didengar.'), ['Indonesia/GPE']);
    assert.deepEqual(actors('Menurut Jakarta, usulan itu berlebihan.'), ['Jakarta/GPE']);
    assert.deepEqual(actors('Kantor Pos Kupang tutup lebih awal hari ini.').filter((a) => a.startsWith('Pos Kupang')), []);
  });
});
