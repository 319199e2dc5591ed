// Session 45 (issues 13/14): listed companies' news quotes the written statement as the
// management's ("“…,” tulis manajemen.", "Manajemen menegaskan …"): the company's words, as
// "tulis perusahaan" is (body-anaphor.ts). The quote had no speaker. Own invented sentences
// (a fictional company).
import assert from 'node:assert/strict';
import { speakersWithTestKb, statementPairsWithTestKb } from './helpers';

const LEAD = 'Laba PT Samudra Pangan Lestari Tbk turun 40 persen pada kuartal ketiga.\n\n';

describe('the management of a company named before ("tulis manajemen")', () => {
  it('speaks for the company', () => {
    assert.deepEqual(speakersWithTestKb(LEAD + 'Perusahaan menyebut pabrik di Karawang justru akan ditambah.\n\n"Tidak ada rencana divestasi aset," tulis manajemen.'),
      ['PT Samudra Pangan Lestari Tbk']);
    assert.deepEqual(statementPairsWithTestKb(LEAD + 'Manajemen menegaskan pabrik di Karawang tidak dijual.'),
      [['pabrik di Karawang tidak dijual', 'PT Samudra Pangan Lestari Tbk']]);
  });
});

describe('"manajemen" does not speak for', () => {
  it('nobody named before', () => {
    assert.deepEqual(speakersWithTestKb('"Kami minta maaf kepada pelanggan," tulis manajemen.'), [null]);
  });
});
