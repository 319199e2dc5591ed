// A title's remit or a body right before a known place or organisation (actors/title-remit.ts,
// read by rules/unknown-name.ts), with the built-in KB: sentences written for this test on
// the formats of dev d36, d63 and d96 (other bodies and people). The first case failed
// before the change.
import assert from 'node:assert/strict';
import { personTexts as people } from './helpers';

describe('a title\'s remit before a known place or body', () => {
  it('is no person', () => {
    assert.deepEqual(people('Kepala Administrasi Militer Regional Kharkiv Oleh Syniehubov menyebut dua orang terluka.'), ['Oleh Syniehubov']);
    assert.deepEqual(people('Direktur Perbenihan Kementerian Pertanian, Sri Wahyuni, menambahkan stok benih cukup.'), ['Sri Wahyuni']);
  });
  it('(guard) an officer whose surname is a country\'s name is no remit', () => {
    // (the surname itself is still read as the country: a matter of its own)
    assert.ok(people('Komandan Kodim 1605/Belu, Letkol Inf Yohanes Bere Mali, mengerahkan 80 prajurit.').some((p) => p.startsWith('Yohanes Bere')));
  });
});
