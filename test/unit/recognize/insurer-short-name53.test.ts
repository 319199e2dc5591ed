// An insurer named in full ("PT Asuransi …", "PT Asuransi Jiwa …") and then by its name without
// its trade head (bank-short-name.ts TRADE_HEADS; issue 13, actors53, dev d237 and d444) is that
// company, not a person of two names. Sentences written for this test.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';
import { withoutBankHead } from '../../../src/core/recognize/bank-short-name';

describe('an insurer written without "Asuransi" (actors53)', () => {
  it('the short name after the full name takes the insurer\'s identity and type', () => {
    const got = linked('Pemilik kapal menggugat PT Asuransi Karang Sentosa ke pengadilan.\n\nDalam jawabannya, Karang Sentosa menyebut polis itu sudah kedaluwarsa.');
    assert.ok(got.includes('Karang Sentosa/ORG/PT Asuransi Karang Sentosa'), got.join(' | '));
  });
  it('a life insurer drops "Asuransi Jiwa"', () => {
    assert.equal(withoutBankHead('Asuransi Jiwa Karang Sentosa'), 'Karang Sentosa');
    const got = linked('PT Asuransi Jiwa Karang Sentosa (Persero) menunda pembayaran klaim.\n\nPekan lalu Karang Sentosa menjanjikan pembayaran.');
    assert.ok(got.includes('Karang Sentosa/ORG/PT Asuransi Jiwa Karang Sentosa (Persero)'), got.join(' | '));
  });
  it('(guard) one word after the head is no short form; a bank still drops "Bank"', () => {
    assert.equal(withoutBankHead('Asuransi Karang'), undefined);
    assert.equal(withoutBankHead('Bank Cahaya Lestari'), 'Cahaya Lestari');
    assert.equal(withoutBankHead('Asuransinya Karang Sentosa'), undefined);
  });
});
