import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule initials', () => {
  it('skips initials after "berinisial", joined by commas or "dan", even when they spell a known name', () => {
    assert.deepEqual(steps('Polisi menahan dua tersangka berinisial AS dan RI di Jakarta.').filter((s) => s.startsWith('initials')), ['initials: AS dan RI']);
    assert.deepEqual(mentions('Polisi menahan dua tersangka berinisial AS dan RI di Jakarta.'), ['Jakarta/GPE']);
  });
  it('leaves the same letters alone without the cue', () => {
    assert.deepEqual(mentions('Pejabat AS tiba di Jakarta.'), ['AS/GPE', 'Jakarta/GPE']);
  });
});
