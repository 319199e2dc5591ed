import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule place-cue', () => {
  it('a place word that is not part of the name makes the next name a place', () => {
    assert.deepEqual(steps('Serangan di Wilayah Belgorod meningkat.').slice(-2), ['place-cue: Wilayah', 'unknown-name: Belgorod']);
    assert.deepEqual(mentions('Serangan di Wilayah Belgorod meningkat.'), ['Belgorod/GPE']);
  });
});
