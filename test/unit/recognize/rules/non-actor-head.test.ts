import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule non-actor-head', () => {
  it('skips an event head and its words but not a KB name inside', () => {
    const p = 'Ia hadir di KTT BRICS pekan lalu.';
    assert.deepEqual(steps(p).slice(1), ['non-actor-head: KTT', 'kb-name: BRICS']);
    assert.deepEqual(mentions(p), ['BRICS/ORG']);
  });
  it('leaves a run ending in an organisation\'s tail to the other rules: a company named after a sea (tenth dev batch)', () => {
    assert.deepEqual(mentions('Analis Samudra Investa Sekuritas, Tigor Panjaitan, menilai harga naik.'), ['Samudra Investa Sekuritas/ORG', 'Tigor Panjaitan/PER']);
    assert.deepEqual(mentions('Kapal melintasi Samudra Hindia.'), []);
  });
});
