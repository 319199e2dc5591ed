// code49 item 2: the sex marks before and after a name are drawn from lexicon.ts's one list
// of gendered nouns (MALE_NOUNS, FEMALE_NOUNS), less the nouns that mark nobody there and
// plus the -nya forms of kin nouns. Characterised against the lists written by hand before.
import assert from 'node:assert/strict';
import { APPOSED_MARKS, MARKS_BEFORE } from '../../../src/core/recognize/described-gender';
import { FEMALE_NOUNS, MALE_NOUNS } from '../../../src/core/recognize/lexicon';

describe('sex marks drawn from lexicon.ts (described-gender.ts, code49)', () => {
  it('marks before a name: the sex nouns but relational ones and pemuda/pemudi, and the kin -nya forms', () => {
    assert.deepEqual([...MARKS_BEFORE].sort(), ['pria', 'lelaki', 'laki-laki', 'bapak', 'pak', 'kakek', 'ayahnya', 'suaminya', 'kakeknya',
      'perempuan', 'wanita', 'ibu', 'bu', 'nenek', 'gadis', 'ibunya', 'istrinya', 'neneknya', 'mahasiswi', 'siswi', 'karyawati'].sort());
    for (const w of ['istri', 'suami', 'ayah', 'janda', 'duda', 'pemuda']) assert.equal(MARKS_BEFORE.has(w), false, w);
  });

  it('marks in apposition: sex nouns but terms of address and the words never read there', () => {
    assert.deepEqual([...APPOSED_MARKS].sort(), ['ibu', 'istri', 'perempuan', 'wanita', 'nenek', 'janda', 'bapak', 'ayah', 'suami', 'pria', 'kakek', 'duda'].sort());
  });

  it('every mark is a lexicon sex noun or its -nya form', () => {
    const nouns = new Set([...MALE_NOUNS, ...FEMALE_NOUNS]);
    for (const w of [...MARKS_BEFORE, ...APPOSED_MARKS]) assert.ok(nouns.has(w) || nouns.has(w.replace(/nya$/, '')), w);
  });
});
