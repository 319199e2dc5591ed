// Session 44 (issues 13/14), speakers named only by a description on the fresh dev batch
// d268-d279: a name given inside the description, a description after a passive agent, a
// company described by a relative clause, and an unnamed speaker described with a place.
// Own invented sentences (fictional traders, clubs and companies; no real article).
import assert from 'node:assert/strict';
import { speakersOf } from './helpers';

describe('a name given inside the description ("kata pedagang bernama X itu")', () => {
  it('is the speaker, not nobody', () => {
    const t = 'Pasar ikan di Pelabuhan Ratu sepi sejak harga solar naik.\n\n' +
      'Seorang pedagang ikan asin mengaku omzetnya turun separuh dalam sebulan.\n\n' +
      '"Dulu sehari bisa habis dua kuintal. Sekarang setengahnya saja susah," kata pedagang bernama Suminah Wati itu.';
    assert.deepEqual(speakersOf(t), ['Suminah Wati']);
  });
  it('reads "yang bernama" too', () => {
    const t = '"Kami belum dapat ganti rugi," ujar Lurah Kebon Sari, Darmaji.\n\n' +
      '"Rumah saya retak sejak tiang pancang dipasang," kata nelayan yang bernama Kasim Rauf tersebut.';
    assert.deepEqual(speakersOf(t), ['Darmaji', 'Kasim Rauf']);
  });
});
