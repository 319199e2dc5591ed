// actors/person-after-origin.ts: one word after "<role> asal <place>" is the person the
// role names (issue 13's leftover "asal <place> followed by a one-word name").
import assert from 'node:assert/strict';
import { typedActors as linked } from './helpers';

describe('person-after-origin (pembalap asal Thailand Chanon)', () => {
  it('a one-word name after a role\'s origin is a person (d155)', () => {
    assert.deepEqual(linked('Balapan itu dimenangi pembalap asal Thailand Chanon dari tim Yamaha.'), ['Thailand/GPE', 'Chanon/PER']);
    assert.deepEqual(linked('Gol dicetak penyerang asal Brasil Rodrigo pada menit ke-70.'), ['Brasil/GPE', 'Rodrigo/PER']);
  });
  it('without a role before "asal" one word stays unconfirmed', () => {
    assert.deepEqual(linked('Kain itu asal Jepara Kudus dan sekitarnya.').includes('Kudus/PER'), false);
    assert.deepEqual(linked('Barang asal Malaysia Tiba di pelabuhan.'), ['Malaysia/GPE']);
  });
});
