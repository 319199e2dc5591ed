// A kecamatan is a region, no actor (annotation spec; eval/README "Not actors"). One written in
// one word after "di", "ke", "dari", "asal" was read as a place the KB does not know ("dari
// Muntok dan Jebus", "puskesmas di Baraka"); the gazetteer's one-word districts (districts.ts)
// tell it (dev: 13 such places gold has as no actor, 2 as a place). Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

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
});
