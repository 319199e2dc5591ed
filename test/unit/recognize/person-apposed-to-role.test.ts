// A name in apposition to a lower-case role phrase ending in a place is that person
// (actors/person-apposed-to-role.ts): sentences written for this test on the formats of dev
// articles d235 and d242 (other people and places), read with the built-in KB. The first
// case failed before the change.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('a name in apposition to a person\'s role ending in a place', () => {
  it('is that person, and the surname later names them', () => {
    const text = 'Kolombia memberi suaka kepada mantan menteri energi Peru, Aurelio Mendoza Quispe, yang bersembunyi di kedutaan.\n\n' +
      'Mendoza meninggalkan Lima pekan lalu.';
    const found = linked(text);
    assert.ok(found.includes('Aurelio Mendoza Quispe/PER/Aurelio Mendoza Quispe'), found.join(', '));
    assert.ok(found.includes('Mendoza/PER/Aurelio Mendoza Quispe'), found.join(', '));
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
