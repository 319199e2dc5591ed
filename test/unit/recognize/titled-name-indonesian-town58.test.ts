// Session 58 (fix58b, review of names58b): a place closing a titled holder's name joins it
// only where it may be a clan or given name ("Letkol Inf Yosef Bere Mali"); an Indonesian
// province, regency, city or regency seat after the name is where the holder serves or comes
// from (actors/seat-as-name.ts placeEndsTitledName). Every sentence was written for this test.
import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as actors } from './helpers';

describe('fix58b: an Indonesian town after a titled name stays a place', () => {
  it('a province, a city or a regency seat is no word of the name', () => {
    assert.deepEqual(actors('Kapten Dedi Kurniawan Jakarta mengatakan latihan berjalan lancar.'), ['Dedi Kurniawan/PER', 'Jakarta/GPE']);
    assert.deepEqual(actors('Brigjen Agus Salim Solo, yang memimpin upacara, tiba pagi.'), ['Agus Salim/PER', 'Solo/GPE']);
    assert.deepEqual(actors('Kolonel Andi Wijaya Atambua, yang baru dilantik, tiba pagi.'), ['Andi Wijaya/PER', 'Atambua/GPE']);
  });

  it('(guard) a country closing a titled Timorese name is still part of it', () => {
    assert.deepEqual(actors('Letkol Inf Yosef Bere Mali, yang memimpin pasukan, tiba pagi.'), ['Yosef Bere Mali/PER']);
  });
});
