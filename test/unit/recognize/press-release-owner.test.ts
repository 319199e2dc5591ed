// Issue 13 pattern 16 (speakers43): "demikian bunyi siaran pers tersebut" speaks for the body
// that issued the release, also when the sentence naming the release calls that body by its
// common noun ("kementerian menyebut …": channel-owner.ts reads the statement's speaker). Own
// sentences about a fictional programme.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

describe('the issuer of a press release named by its common noun (channel-owner.ts)', () => {
  it('gives "demikian bunyi siaran pers tersebut" to the ministry that "kementerian menyebut" pointed to', () => {
    const t = 'Jakarta - Kementerian Kelautan dan Perikanan meluncurkan kredit tanpa agunan bagi nelayan kecil di 20 kabupaten.\n\n' +
      'Dalam siaran pers yang diterima Selasa (12/5/2026), kementerian menyebut dana awal program ini Rp500 miliar.\n\n' +
      '"Tidak boleh ada nelayan yang berhenti melaut karena tidak punya modal solar," demikian bunyi siaran pers tersebut.';
    const r = analyze(t);
    assert.equal(r.reported?.[0]?.speaker, 'Kementerian Kelautan dan Perikanan Republik Indonesia');
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Kementerian Kelautan dan Perikanan Republik Indonesia']);
  });
});
