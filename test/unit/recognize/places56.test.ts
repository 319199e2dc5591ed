// Session 56 (issue 13, places56): places and bodies on news the recognizer was not tuned on.
// Every sentence was written for this test.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors } from './helpers';

describe('a route\'s end the gazetteer does not know (places56)', () => {
  it('leaves a ferry port at a route\'s end unmarked, and the regency at its other end', () => {
    const found = actors('Penumpang kapal cepat lintasan Bone-Tondasi mengeluh tiket naik.');
    assert.ok(!found.some((a) => a.startsWith('Tondasi/')), found.join(', '));
    const harbour = actors('Dua kapal feri melayani trayek Kayangan-Poto setiap jam sejak pagi.');
    assert.ok(!harbour.some((a) => a.includes('/GPE/')), harbour.join(', '));
  });
  it('reads no place and no person in a kecamatan at a toll road\'s end', () => {
    const found = actors('Tebing runtuh di ruas tol Bandung-Cileunyi sejak subuh.');
    assert.ok(found.includes('Bandung/GPE/Bandung'), found.join(', '));
    assert.ok(!found.some((a) => a.startsWith('Cileunyi/')), found.join(', '));
  });
  it('(guard) keeps regencies written bare and seats on a route', () => {
    assert.deepEqual(actors('Kapal perintis kini melayani Kupang-Alor dua kali sepekan.').slice(-2), ['Kupang/GPE/Kupang', 'Alor/GPE/Kabupaten Alor']);
    assert.deepEqual(actors('Bus malam rute Soe-Kefamenanu berangkat pukul tujuh.'), ['Soe/GPE/Soe', 'Kefamenanu/GPE/Kefamenanu']);
  });
  it('(guard) joins no place to a hyphenated surname', () => {
    assert.deepEqual(actors('Penyerang Diego Morales-Santoso mencetak dua gol.'), ['Diego Morales-Santoso/PER/Diego Morales-Santoso']);
  });
});
