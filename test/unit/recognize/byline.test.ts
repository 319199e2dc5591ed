import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

// Dev d260 (and another dev article): a reporter's byline "Name - outlet" on a line of its own was
// read as a dateline, the reporter as a place.
describe('a byline ("Name - detikInet") is no dateline', () => {
  it('reads the name before the dash as a person', () => {
    assert.deepEqual(actors('Wulan Sekar Pratiwi - detikInet\nRabu, 11 Nov 2026 09:12 WIB').filter((a) => a.startsWith('Wulan')),
      ['Wulan Sekar Pratiwi/PER']);
  });
  it('a dateline with its body text after the dash stays a dateline', () => {
    assert.deepEqual(actors('Ternate - Warga memadati pelabuhan sejak pagi.'), ['Ternate/GPE']);
  });
});
