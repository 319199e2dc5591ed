// Bus companies by their legal short head "PO" (Perusahaan Otobus; bus-company.ts):
// sentences written for this test on the format of the dev article d188 (other companies
// and people), read with the built-in KB. The first case failed before "PO" was a head; the
// pre-orders (review 38) failed while it was one whatever the text spoke of.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';
import { busesNear, headedAsBusCompany, speaksOfBuses } from '../../../src/core/recognize/bus-company';

describe('bus companies (PO …)', () => {
  it('"PO" opens the company\'s name, which is not a place, where the paragraph speaks of buses', () => {
    assert.deepEqual(linked('Manajer Operasional PO Lintas Jaya, Rudi Hutapea, menyebut tiket bus habis.'), [
      'PO Lintas Jaya/ORG/PO Lintas Jaya', 'Rudi Hutapea/PER/Rudi Hutapea',
    ]);
  });
  it('or where the article speaks of buses near it, in another paragraph', () => {
    const text = 'Armada dari Medan kembali melintas ke Sibolga.\n\nHal serupa dirasakan PO Sinar Tapanuli. Manajer PO Sinar Tapanuli, ' +
      'Togar Simanjuntak, menyebut tiket habis.';
    assert.deepEqual(linked(text).filter((m) => m.startsWith('PO ')), ['PO Sinar Tapanuli/ORG/PO Sinar Tapanuli', 'PO Sinar Tapanuli/ORG/PO Sinar Tapanuli']);
  });
  it('(review 38) "PO" with no bus in the text is a pre-order: no organisation, and a place after it is the place', () => {
    assert.deepEqual(linked('Xiaomi membuka PO Redmi Note 14 di Indonesia pekan ini.').filter((m) => m.includes('PO')), []);
    assert.deepEqual(linked('Penjualan PO Tiket Konser Jakarta dibuka hari ini.'), ['Jakarta/GPE/Jakarta']);
    assert.deepEqual(linked('Toko daring itu membuka PO Sepatu Lari Nusantara mulai Senin.'), []);
  });
  it('reads the bus words as whole words, and the head in any case', () => {
    assert.ok(speaksOfBuses('Penumpang menunggu di Terminal Amplas.'));
    assert.ok(!speaksOfBuses('Harga busana naik, kata pembisnis itu.'));
    assert.ok(busesNear('Sopir itu ditahan. ' + 'x'.repeat(100) + ' PO Jaya', 120));
    assert.ok(!busesNear('Sopir itu ditahan. ' + 'x'.repeat(20000) + ' PO Jaya', 20020));
    assert.ok(headedAsBusCompany('PO Jaya') && headedAsBusCompany('Po Jaya') && !headedAsBusCompany('POLDA Jaya') && !headedAsBusCompany('PO'));
  });
});
