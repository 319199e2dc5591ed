import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule team-name', () => {
  it('"Timnas" with a country and an age group is one team', () => {
    const p = 'Ia memperkuat Timnas Indonesia U-23 musim ini.';
    assert.ok(steps(p).some((s) => s.startsWith('team-name: Timnas Indonesia')));
    assert.deepEqual(mentions(p), ['Timnas Indonesia U-23/ORG']);
  });
  it('a country with an age group is a team; without it a place', () => {
    assert.deepEqual(mentions('Lawan berikutnya Prancis U-21, bukan Prancis.'), ['Prancis U-21/ORG', 'Prancis/GPE']);
  });
});
