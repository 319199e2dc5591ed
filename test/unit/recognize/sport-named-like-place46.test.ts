// Session 46 (actors46, issue 13): "Cabang Kano Slalom" linked the canoe to Kano State
// (sport-named-like-place.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('a sport that shares its name with a place', () => {
  it('is the sport before a discipline or after a sport\'s noun', () => {
    assert.deepEqual(actors('Cabang Kano Slalom digelar besok.'), []);
    assert.deepEqual(actors('Nomor Kano Sprint dimenangi atlet Jepang.'), ['Jepang/GPE/Japan']);
    assert.deepEqual(actors('Atlet kano Jawa Barat juara.'), ['Jawa Barat/GPE/Jawa Barat']);
  });
  it('stays the place elsewhere', () => {
    assert.deepEqual(actors('Gubernur Kano mengatakan banjir merendam desa.'), ['Kano/GPE/Kano State']);
    assert.deepEqual(actors('Pabrik mi di Kano, Nigeria, dibuka.'), ['Kano/GPE/Kano State', 'Nigeria/GPE/Nigeria']);
    assert.deepEqual(actors('Serangan di Kano menewaskan lima orang.'), ['Kano/GPE/Kano State']);
  });
});
