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
  it('stops at a body\'s head inside a facility\'s name: the body is a mention (eleventh dev batch)', () => {
    assert.deepEqual(mentions('Rapat digelar di Gedung Badan Pusat Statistik pada Kamis.'), ['Badan Pusat Statistik/ORG']);
    assert.deepEqual(steps('Rapat digelar di Gedung DPRD Kaltim.').slice(1, 3), ['non-actor-head: Gedung', 'unknown-name: DPRD']);
    assert.deepEqual(mentions('Warga berkumpul di Gedung Sate.'), []);
  });
  it('skips a named storm ("Topan Kelera", "Badai Seroja"; eleventh dev batch)', () => {
    assert.deepEqual(mentions('Bantuan untuk korban Topan Kelera tiba di Tonga.'), ['Tonga/GPE']);
    assert.deepEqual(mentions('Siklon Tropis Mawar menjauh sejak Senin.'), []);
  });
});
