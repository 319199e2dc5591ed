// Review 45: "X adalah seorang guru …" / "…," kata guru itu. gave no speaker: the indefinite
// was read as bringing in someone unnamed (unnamed-introduced.ts). After a copula it describes
// the person just named, so the description points back to them. Own invented sentences.
import assert from 'node:assert/strict';
import { speakersWithTestKb } from './helpers';

describe('an indefinite after a copula brings in nobody new', () => {
  it('"X adalah seorang guru" … "kata guru itu" is X', () => {
    assert.deepEqual(speakersWithTestKb('Rina Marlina adalah seorang guru honorer di Lebak. "Gaji saya kecil sekali," kata guru itu.'), ['Rina Marlina']);
    assert.deepEqual(speakersWithTestKb('Joko Susilo merupakan salah satu nelayan yang selamat. "Kapal kami dihantam ombak," kata nelayan itu.'), ['Joko Susilo']);
  });

  it('while an indefinite subject still brings in someone unnamed', () => {
    assert.deepEqual(speakersWithTestKb('Bupati Lebak Hasan Basri menemui para guru. Seorang guru honorer menangis. "Sudah lama saya mengabdi," kata guru itu.'), [null]);
  });
});
