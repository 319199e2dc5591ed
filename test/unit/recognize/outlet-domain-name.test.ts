// actors/outlet-domain-name.ts: a hyphenated outlet domain the KB does not know is named by its words.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';
import { outletDomainName } from '../../../src/core/recognize/actors/outlet-domain-name';

describe('outlet-domain-name (Tribun-Timur.com → Tribun Timur)', () => {
  it('drops the top-level domain and writes the labels as words, capitals as a name', () => {
    assert.equal(outletDomainName('Tribun-Timur.com'), 'Tribun Timur');
    assert.equal(outletDomainName('TRIBUN-TIMUR.COM'), 'Tribun Timur');
    assert.equal(outletDomainName('Pos-Kupang.com'), 'Pos Kupang');
  });
  it('names the outlet so in a byline, a dateline and a body sentence (d142)', () => {
    assert.deepEqual(linked('Laporan Wartawan Tribun-Timur.com, Firman Syahrir'), ['Tribun-Timur.com/ORG/Tribun Timur', 'Firman Syahrir/PER/Firman Syahrir']);
    assert.deepEqual(linked('TRIBUN-TIMUR.COM, BULUKUMBA - Pemerintah menetapkan status.')[0], 'TRIBUN-TIMUR.COM/ORG/Tribun Timur');
    // (an outlet the KB knows keeps its KB name)
    assert.deepEqual(linked('TRIBUN-MEDAN.COM, MEDAN - Warga marah.')[0], 'TRIBUN-MEDAN.COM/ORG/Tribun Medan');
  });
});
