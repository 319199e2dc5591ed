import assert from 'node:assert/strict';
import { mentions, steps } from './trace';
import { linkedActors as linked } from '../helpers';

describe('actor rule english-body-name', () => {
  it('an English name joined by "for"/"to" before its acronym of initials is one organisation, the acronym with it (d139)', () => {
    const p = 'Kelompok ASEAN Parliamentarians for Human Rights (APHR) mendesak para pemimpin.';
    assert.ok(steps(p).some((s) => s.startsWith('english-body-name: ')));
    assert.deepEqual(linked(p), [
      'ASEAN Parliamentarians for Human Rights/ORG/ASEAN Parliamentarians for Human Rights', 'APHR/ORG/ASEAN Parliamentarians for Human Rights',
    ]);
    assert.deepEqual(mentions('Menurut Committee to Protect Journalists (CPJ), dua wartawan ditahan.'), ['Committee to Protect Journalists/ORG', 'CPJ/ORG']);
  });
  it('after a medium\'s noun the name runs over "of" without an acronym', () => {
    assert.deepEqual(mentions('Menurut surat kabar Global New Light of Myanmar, pemilu sah.'), ['Global New Light of Myanmar/ORG']);
  });
  it('leaves runs alone whose acronym is not their initials, or that have no connector', () => {
    assert.ok(!steps('Ketua Dewan Kota for Jakarta (XYZ) hadir.').some((s) => s.startsWith('english-body-name')));
    assert.ok(!steps('Presiden Joko Widodo dan Menteri Sugiono hadir.').some((s) => s.startsWith('english-body-name')));
  });
});
