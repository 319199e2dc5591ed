// Session 46 (actors46, issue 13): "Angkatan Laut Filipina", "Angkatan Udara Israel" and the
// like were organisations without an identity (the KB knew the armed forces and Ukraine's
// air force only; data/kb/org-foreign-state-bodies.json). Own invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('a foreign navy, army or air force', () => {
  it('is linked to its English title', () => {
    assert.deepEqual(actors('Angkatan Laut Filipina berpatroli di perairan itu.'), ['Angkatan Laut Filipina/ORG/Philippine Navy']);
    assert.deepEqual(actors('Angkatan Udara Israel menyerang Gaza.'), ['Angkatan Udara Israel/ORG/Israeli Air Force', 'Gaza/GPE/Gaza Strip']);
    assert.deepEqual(actors('Angkatan Laut AS mengirim kapal induk.'), ['Angkatan Laut AS/ORG/United States Navy']);
  });
  it('leaves Indonesia\'s services, the bare service and the lower-case description alone', () => {
    assert.equal(actors('TNI Angkatan Laut menangkap kapal itu.').some((a) => a.includes('Navy')), false);
    assert.equal(actors('Kapal angkatan laut Filipina terlihat di sana.').some((a) => a.includes('Navy')), false);
    assert.equal(actors('Ia bergabung dengan Angkatan Laut pada 1990.').some((a) => a.includes('Navy')), false);
  });
});
