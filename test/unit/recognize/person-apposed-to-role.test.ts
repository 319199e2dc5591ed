// A name in apposition to a lower-case role phrase ending in a place is that person
// (actors/person-apposed-to-role.ts): sentences written for this test on the formats of dev
// articles d235 and d242 (other people and places), read with the built-in KB. The first
// case failed before the change.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as linked } from './helpers';

describe('a name in apposition to a person\'s role ending in a place', () => {
  it('is that person, and the surname later names them', () => {
    const text = 'Meksiko menawarkan perlindungan kepada bekas menteri pertambangan Peru, Aurelio Salazar Condori, yang berlindung di kedutaannya.\n\n' +
      'Salazar bertolak dari Lima tiga hari lalu.';
    const found = linked(text);
    assert.ok(found.includes('Aurelio Salazar Condori/PER/Aurelio Salazar Condori'), found.join(', '));
    assert.ok(found.includes('Salazar/PER/Aurelio Salazar Condori'), found.join(', '));
  });
  it('after a role, "asal" and a country', () => {
    const found = linked('Jaksa menuntut nakhoda kapal asal Filipina, Ramil Dumaguete Santos, dengan hukuman empat tahun.');
    assert.ok(found.includes('Ramil Dumaguete Santos/PER/Ramil Dumaguete Santos'), found.join(', '));
  });
  it('(guard) a body in apposition after a company\'s origin is no person', () => {
    const found = linked('Investasi datang dari perusahaan asal Jepang, Kirin Holdings Company, pekan lalu.');
    assert.ok(!found.some((a) => a.startsWith('Kirin Holdings Company/PER')), found.join(', '));
  });
});
