// Bus companies by their legal short head "PO" (Perusahaan Otobus; lexicon.ts ORG_HEADS):
// sentences written for this test on the format of the dev article d188 (other companies
// and people), read with the built-in KB. The case failed before the change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const linked = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);

describe('bus companies (PO …)', () => {
  it('"PO" opens the company\'s name, which is not a place', () => {
    assert.deepEqual(linked('Manajer Operasional PO Lintas Jaya, Rudi Hutapea, menyebut tiket habis.'), [
      'PO Lintas Jaya/ORG/PO Lintas Jaya', 'Rudi Hutapea/PER/Rudi Hutapea',
    ]);
  });
});
