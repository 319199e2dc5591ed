import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('rule body-then-person', () => {
  it('cuts a firm ending in a firm word from the titled person named after it', () => {
    const p = 'Analis Kenari Sekuritas Maria Lumban Tobing memperkirakan indeks menguat.';
    assert.ok(steps(p).includes('body-then-person: Kenari Sekuritas Maria Lumban Tobing'));
    assert.deepEqual(mentions(p), ['Kenari Sekuritas/ORG', 'Maria Lumban Tobing/PER']);
  });

  it('leaves a run alone when no title stands before it or the tail is no name', () => {
    assert.ok(!steps('Kenari Sekuritas Maria Lumban Tobing memperkirakan indeks menguat.').some((s) => s.startsWith('body-then-person')));
    // A place ends the body, not a person's name.
    assert.ok(!steps('Analis Kenari Sekuritas Indonesia memperkirakan indeks menguat.').some((s) => s.startsWith('body-then-person')));
  });
  it('a branch after the body is no title holder\'s name ("AirNav Indonesia Cabang Biak", ninth dev batch)', () => {
    assert.ok(!steps('Adapun General Manager Antara Cabang Biak, Frengky Wanma, memastikan petugas siap.').some((s) => s.startsWith('body-then-person')));
  });
});
