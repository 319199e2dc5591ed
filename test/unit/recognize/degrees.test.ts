// Degrees after a name (degrees.ts): one aside for the actor pass (they are no actors) and
// the attribution (the reporting verb after them is the name's). Every sentence was
// written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { degreeAsideEnd } from '../../../src/core/recognize/degrees';

describe('degrees after a name (degrees.ts)', () => {
  it('an aside of degrees ends at the comma that closes it', () => {
    for (const aside of [', MPH,', ', S.H., M.H.,', ', S.H. M.H.,', ', Sp.A(K), Ph.D.,', ', S.I.K.,', ', Sp.D.V.E,', ', Sp.P.D, M.Kes.,']) {
      const p = `Yuniarti Pohan${aside} mengatakan`;
      assert.equal(degreeAsideEnd(p, 14), p.lastIndexOf(','), aside);
    }
    for (const p of ['Yuniarti Pohan, Mahkamah Agung,', 'Yuniarti Pohan, MA, mengatakan', 'Yuniarti Pohan mengatakan']) assert.equal(degreeAsideEnd(p, 14), 14, p);
  });

  it('the reporting verb after the degrees is the name\'s, whatever the text says before', () => {
    for (const lead of ['', 'Jakarta - Kementerian Kesehatan mencatat 18.240 kasus DBD. ']) {
      for (const title of ['dr. Yuniarti Pohan, MPH,', 'Yuniarti Pohan, MPH,', 'dr. Yuniarti Pohan,']) {
        const text = `${lead}Direktur Penyakit Menular Kemenkes, ${title} mengatakan lonjakan terjadi di Bali. Menurut dia, hujan membuat genangan. "Kami sudah mengirim surat," ujarnya.`;
        const r = analyze(text);
        assert.deepEqual(r.quotes.map((q) => q.speaker), ['Yuniarti Pohan'], text);
      }
    }
  });
});
