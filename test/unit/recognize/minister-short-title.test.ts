import assert from 'node:assert/strict';
import { MINISTER_TITLES } from '../../../src/core/recognize/lexicon';
import { ministerShortTitleBefore } from '../../../src/core/recognize/minister-short-title';

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
});
