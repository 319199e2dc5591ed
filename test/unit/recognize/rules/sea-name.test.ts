import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule sea-name', () => {
  it('skips a sea named after a place, and only after a sea word', () => {
    assert.ok(steps('Kapal itu berlayar di laut China Selatan.').includes('sea-name: China Selatan'));
    assert.deepEqual(mentions('Kapal itu berlayar di laut China Selatan.'), []);
    assert.ok(!steps('Kapal itu berlayar ke China Selatan.').some((s) => s.startsWith('sea-name')));
  });
});
