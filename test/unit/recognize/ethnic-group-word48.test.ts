// Session 48 (names48): "Tamil", the people and their language, is no actor on its own, as
// "Dayak" and "Tionghoa" are (lexicon.ts NEVER_ACTOR); after "Aliansi Nasional Tamil" the word
// alone was read as the alliance's short name. Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('names48: an ethnic group\'s name alone', () => {
  it('is no actor, nor the short name of a body named after the group', () => {
    assert.deepEqual(actors('Aliansi Nasional Tamil menolak hasil pemilu. Politisi Tamil itu menyebut pemilu curang.'), ['Aliansi Nasional Tamil/ORG']);
    assert.deepEqual(actors('Warga Tamil di Jaffna menolak hasil pemilu.'), ['Jaffna/GPE']);
  });
  it('leaves the bodies and places named with it', () => {
    assert.deepEqual(actors('Aliansi Nasional Tamil menolak hasil pemilu.'), ['Aliansi Nasional Tamil/ORG']);
    assert.deepEqual(actors('Partai Tamil Bersatu menggelar kongres di Kolombo.'), ['Partai Tamil Bersatu/ORG', 'Kolombo/GPE']);
  });
});
