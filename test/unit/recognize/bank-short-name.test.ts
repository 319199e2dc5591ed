// "PT Bank Amanah Syariah … Amanah Syariah akan bubar": a bank named in full, then by its
// name without the word "Bank" (dev d251), is that bank, not a person of two names.
// Sentences written for this test.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';
import { withoutBankHead, withoutBankKind } from '../../../src/core/recognize/bank-short-name';

describe('a bank written without "Bank" (bank-short-name.ts)', () => {
  it('the short name after the full name takes the bank\'s identity and type', () => {
    assert.deepEqual(linked('PT Bank Cahaya Lestari membuka kantor baru di Medan.\n\nTahun depan Cahaya Lestari menargetkan laba naik dua kali lipat.'), [
      'PT Bank Cahaya Lestari/ORG/PT Bank Cahaya Lestari', 'Medan/GPE/Medan', 'Cahaya Lestari/ORG/PT Bank Cahaya Lestari',
    ]);
  });
  it('one word of the short name, later, is the bank as well', () => {
    const got = linked('PT Bank Cahaya Lestari menutup dua cabang.\n\nTahun lalu Cahaya Lestari merugi, sedangkan tahun ini Cahaya kuat di kredit mikro.');
    assert.ok(got.includes('Cahaya/ORG/PT Bank Cahaya Lestari'), got.join(' | '));
  });
  it('the short name in a headline above the full name is the bank too', () => {
    const got = linked('Cahaya Lestari Buka Kantor Baru\n\nPT Bank Cahaya Lestari membuka kantor baru pada Senin.');
    assert.ok(got.includes('Cahaya Lestari/ORG/PT Bank Cahaya Lestari'), got.join(' | '));
    assert.ok(!got.some((a) => a.includes('/PER/')), got.join(' | '));
  });
  it('only a name of two words or more after "Bank" is a short form', () => {
    assert.equal(withoutBankHead('Bank Cahaya Lestari'), 'Cahaya Lestari');
    assert.equal(withoutBankHead('Bank Mandiri'), undefined); // one word: the tail rule's case
    assert.equal(withoutBankHead('Kopi Nusa Lestari'), undefined);
  });
  it('a sharia bank named "Bank" and its name without "Syariah" is that bank (d251)', () => {
    const got = linked('PT Bank Syariah Pelita Tbk menunda rapat pemegang saham.\n\nDireksi Bank Pelita menyebut jadwal baru diumumkan pekan depan.');
    assert.ok(got.includes('Bank Pelita/ORG/PT Bank Syariah Pelita Tbk'), got.join(' | '));
    assert.equal(withoutBankKind('Bank Syariah Pelita'), 'Bank Pelita');
    assert.equal(withoutBankKind('Bank Pelita'), undefined);
    assert.equal(withoutBankKind('Bank Syariah'), undefined);
  });
});
