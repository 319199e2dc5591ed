import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('country-office (a UN agency\'s office in Indonesia)', () => {
  it('a UN agency with "Indonesia" ending the run is its country office, named as written', () => {
    assert.deepEqual(linked('Kepala UNICEF Indonesia hadir.'), ['UNICEF Indonesia/ORG/UNICEF Indonesia']);
    assert.deepEqual(linked('Perwakilan WHO Indonesia hadir.'), ['WHO Indonesia/ORG/WHO Indonesia']);
  });
  it('not when another name goes on, nor for bodies that are no UN agency', () => {
    assert.deepEqual(linked('UNICEF Indonesia Timur hadir.')[0], 'UNICEF/ORG/UNICEF');
    assert.deepEqual(linked('UNICEF dan Indonesia sepakat.'), ['UNICEF/ORG/UNICEF', 'Indonesia/GPE/Indonesia']);
    assert.deepEqual(linked('Kata Oxfam Indonesia kemarin.')[0], 'Oxfam/ORG/Oxfam');
  });
});
