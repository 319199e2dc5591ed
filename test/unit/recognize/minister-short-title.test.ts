import assert from 'node:assert/strict';
import { MINISTER_TITLES } from '../../../src/core/recognize/lexicon';
import { analyze } from '../../../src/core/recognize/analyze';
import { ministerShortTitleBefore } from '../../../src/core/recognize/minister-short-title';
import { PeopleByName } from '../../../src/core/recognize/people-by-name';

describe('minister-short-title: the short title before a statement', () => {
  it('every short title starts "men" or "wamen" (ministerShortTitleBefore looks for those letters before its word scan)', () => {
    for (const title of MINISTER_TITLES) assert.ok(title.startsWith('men') || title.startsWith('wamen'), title);
  });
  it('finds a capitalised short title in the sentence before, in lower case, and none where there is none', () => {
    const text = 'Menhut juga meminta agar hutan dijaga.';
    assert.equal(ministerShortTitleBefore(text, text.indexOf('meminta')), 'menhut');
    const deputy = 'Hal itu ditegaskan. Wamenkeu kemudian menyebut anggaran cukup.';
    assert.equal(ministerShortTitleBefore(deputy, deputy.indexOf('menyebut')), 'wamenkeu');
    const none = 'Menurut dia, Gubernur Jawa Barat kemudian menyebut anggaran cukup.';
    assert.equal(ministerShortTitleBefore(none, none.indexOf('menyebut')), undefined);
    // (a short title of an earlier sentence is not this one's subject)
    const earlier = 'Menhut hadir. Ia kemudian menyebut anggaran cukup.';
    assert.equal(ministerShortTitleBefore(earlier, earlier.indexOf('menyebut')), undefined);
  });
  it('reads each person\'s mentions once per short title, however many statements ask (MinistryHolders)', () => {
    // Counted, not timed: each "Menhut …" statement once read every mention of the
    // governor (1,000 and 2,000 paragraphs took 0.7 and 1.8 s of CPU). The answers are kept
    // now, so the mentions read stay one pass over the governor's, whatever the length.
    const paragraph = 'Gubernur Jawa Barat Dedi Mulyadi meninjau hutan. Menhut juga meminta warga menjaga hutan.\n\n';
    const read = (n: number): number => {
      const of = Object.getOwnPropertyDescriptor(PeopleByName.prototype, 'of')!.value as PeopleByName['of'];
      let count = 0;
      PeopleByName.prototype.of = function (this: PeopleByName, canonical: string) {
        const ms = of.call(this, canonical);
        count += ms.length;
        return ms;
      };
      try {
        const result = analyze(paragraph.repeat(n));
        // (the statements have no speaker, so none is reported: the governor is no forestry minister)
        assert.equal((result.reported ?? []).length, 0);
      } finally {
        PeopleByName.prototype.of = of;
      }
      return count;
    };
    const small = read(250);
    const large = read(1_000);
    assert.ok(small > 0, 'the rule asked about the governor');
    assert.ok(large <= 4 * small && large <= 2 * 1_000, `${large} mentions read for 1,000 statements, ${small} for 250: once per statement again?`);
  });
});
