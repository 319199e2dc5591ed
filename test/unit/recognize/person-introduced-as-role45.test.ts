// Session 45 (names45): a source known by one name is introduced with "seorang", "salah
// seorang" or "salah satu" and a role, in apposition or after a copula; the word was kept only
// where the article confirmed it, and the quotes after it lost their speaker.
// Own invented sentences (fictional villagers).
import assert from 'node:assert/strict';
import { personIntroducedAsRole } from '../../../src/core/recognize/actors/person-introduced-as-role';
import { actorsWithTestKb, speakersWithTestKb } from './helpers';

describe('one name introduced by a role ("Rahmat, seorang petani …,", "Udin merupakan salah satu nelayan")', () => {
  it('is a person, and the speaker of the quote after it', () => {
    assert.deepEqual(speakersWithTestKb('Harga gabah turun.\n\nRahmat, seorang petani di Desa Sukamaju, mengatakan panennya merugi. "Kami rugi besar," katanya.'), ['Rahmat']);
    assert.deepEqual(speakersWithTestKb('Cuaca buruk.\n\nUdin merupakan salah satu nelayan di pantai itu. "Kami tidak melaut," katanya.'), ['Udin']);
    assert.deepEqual(speakersWithTestKb('Pasar sepi.\n\nMarni adalah seorang pedagang sayur. "Sepi sekali," ujarnya.'), ['Marni']);
    assert.deepEqual(actorsWithTestKb('Kiki, salah seorang warga, mengatakan air naik.'), ['Kiki/PER/Kiki']);
  });
  it('reads the determiner, the role noun and the closing comma', () => {
    const p = 'Rahmat, seorang petani di Desa Sukamaju, mengatakan';
    assert.ok(personIntroducedAsRole(p, 6));
    assert.ok(personIntroducedAsRole('Udin merupakan salah satu nelayan.', 4));
    assert.ok(!personIntroducedAsRole('Rahmat, seorang petani datang.', 6));
    assert.ok(!personIntroducedAsRole('Senin merupakan salah satu hari libur.', 5));
    assert.ok(!personIntroducedAsRole('Rahmat dan seorang petani, datang.', 6));
  });
});

describe('a word before "seorang <role>" stays no person', () => {
  it('a fronted adverb, a day, a disaster, a city', () => {
    assert.deepEqual(actorsWithTestKb('Tadi, salah seorang warga melapor.'), []);
    assert.deepEqual(actorsWithTestKb('Kemarin, seorang petani datang ke balai desa.'), []);
    assert.deepEqual(actorsWithTestKb('Jumat, salah satu hari tersibuk, pasar ramai.'), []);
    assert.deepEqual(actorsWithTestKb('Longsor, salah satu bencana terbesar, melanda desa.'), []);
  });
});
