// Session 46 (actors46, issue 13): "Pelatih Utah Jazz Will Hardy" in an article that names
// the team "Utah Jazz" kept "Utah" a place before the club's short form "Jazz" (sport-clubs.ts
// placeOpeningClub). Own invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('a place before the short form of a club named with it', () => {
  it('is the club\'s, with or without the coach\'s comma', () => {
    assert.deepEqual(actors('Utah Jazz menang 110-98 atas tim tamu. Pelatih Utah Jazz Will Hardy memuji pemainnya.'),
      ['Utah Jazz/ORG/Utah Jazz', 'Utah Jazz/ORG/Utah Jazz', 'Will Hardy/PER/Will Hardy']);
    assert.deepEqual(actors('Utah Jazz menang 110-98 atas tim tamu. Pelatih Utah Jazz, Will Hardy, memuji pemainnya.'),
      ['Utah Jazz/ORG/Utah Jazz', 'Utah Jazz/ORG/Utah Jazz', 'Will Hardy/PER/Will Hardy']);
  });
  it('does not fire on a place before a person or another club', () => {
    assert.deepEqual(actors('Gubernur Texas Greg Abbott menonton laga itu.'), ['Texas/GPE/Texas', 'Greg Abbott/PER/Greg Abbott']);
    assert.deepEqual(actors('Utah Jazz menang 110-98 atas tim tamu. Warga Utah menyambut Jazz di bandara.'),
      ['Utah Jazz/ORG/Utah Jazz', 'Utah/GPE/Utah', 'Jazz/ORG/Utah Jazz']);
    assert.deepEqual(actors('Pelatih Bandung Budi Santoso mengatakan timnya siap.'), ['Bandung/GPE/Bandung', 'Budi Santoso/PER/Budi Santoso']);
  });
});
