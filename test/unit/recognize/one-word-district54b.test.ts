// A kecamatan is a region, no actor (annotation spec; eval/README "Not actors"). One written in
// one word after "di", "ke", "dari", "asal" was read as a place the KB does not know ("dari
// Muntok dan Jebus", "puskesmas di Baraka"); the gazetteer's one-word districts (districts.ts)
// tell it (dev: 13 such places gold has as no actor, 2 as a place). Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { isOneWordDistrictName, opensRegionName } from '../../../src/core/recognize/districts';

const places = (text: string): string[] => analyze(text).actors.filter((a) => a.type === 'GPE').map((a) => a.text);

describe('a one-word kecamatan is no actor (actors54b)', () => {
  it('after a preposition or "asal"', () => {
    assert.deepEqual(places('Korban dirujuk ke puskesmas di Kertek sebelum malam.'), []);
    assert.deepEqual(places('Seorang petani asal Tulangan ikut bersaksi.'), []);
  });

  it('leaves a place the KB knows and a place no gazetteer district is named', () => {
    assert.deepEqual(places('Rombongan tiba dari Muntok pagi tadi.'), ['Muntok']);
    assert.deepEqual(places('Petani dari Sleman datang ke Jakarta.'), ['Sleman', 'Jakarta']);
    // a regency read by its short name, though a kecamatan shares it
    assert.deepEqual(places('Kapal cepat rute Selayar-Bulukumba berhenti berlayar. DPRD Selayar memanggil operator.'), ['Selayar', 'Bulukumba']);
  });

  it('leaves the first word of a city or regency named by it, though a kecamatan shares it (the lead, session 54)', () => {
    // Kota Tidore Kepulauan is "Tidore" in the news; the kecamatan Tidore is not what is meant.
    assert.ok(isOneWordDistrictName('Tidore') && opensRegionName('Tidore'));
    assert.deepEqual(places('Bantuan dikirim dari Tidore dan Halmahera Barat.'), ['Tidore', 'Halmahera Barat']);
    // (guard) a kecamatan whose word opens no region's name is still dropped
    assert.ok(isOneWordDistrictName('Kertek') && !opensRegionName('Kertek'));
  });
});
