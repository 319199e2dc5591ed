// "Wali Kota Tegal Dedy …": a city the KB names only with its prefix ("Kota Tegal"; the
// bare word is a regency's too) glued itself to the mayor after the title (product41's
// newcomer walk). After a mayor's title it is the city (actors/bare-regency.ts bareCityAt).
// Every sentence was written for this test.
import assert from 'node:assert/strict';
import { isMayorsKota } from '../../../src/core/recognize/actors/mayor-title';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedActors as actors } from './helpers';

describe('a city after a mayor\'s title (bareCityAt)', () => {
  it('is the city, and the name after it the mayor', () => {
    for (const title of ['Wali Kota', 'Walikota', 'Wakil Wali Kota']) {
      const text = `${title} Tegal Dedy Yon Supriyono meresmikan pasar itu.`;
      assert.deepEqual(actors(text), ['Tegal/GPE/Tegal', 'Dedy Yon Supriyono/PER/Dedy Yon Supriyono'], text);
    }
  });

  it('leaves a city word that reads as a given name in the name ("Bima Arya Sugiarto": one person, not Kota Bima)', () => {
    const text = 'Mantan Wali Kota Bima Arya Sugiarto hadir di acara itu. "Kami mendukung," kata Bima Arya.';
    const r = analyze(text);
    assert.deepEqual(r.actors.map((a) => `${a.text}/${a.type}/${a.canonical}`), ['Bima Arya Sugiarto/PER/Bima Arya Sugiarto', 'Bima Arya/PER/Bima Arya Sugiarto']);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Bima Arya Sugiarto']);
  });

  it('leaves a regent\'s regency of the same name to the regency, and "Kota Tegal" written whole to the KB', () => {
    assert.deepEqual(actors('Bupati Tegal Ischak Maulana hadir.'), ['Tegal/GPE/Kabupaten Tegal', 'Ischak Maulana/PER/Ischak Maulana']);
    // "Kota" not after "Wali" is no mayor's title: the KB's "Kota Tegal" as written.
    assert.deepEqual(actors('Warga Kota Tegal Dedy Yon hadir.'), ['Kota Tegal/GPE/Tegal', 'Dedy Yon/PER/Dedy Yon']);
  });

  it('reads "Kota" as the mayor\'s in every case, and only after "wali" (actors/mayor-title.ts, one owner)', () => {
    const kota = (p: string) => { const at = p.search(/kota/i); return isMayorsKota(p, at, at + 4); };
    assert.equal(kota('Wali Kota Tegal'), true);
    assert.equal(kota('WAKIL WALI KOTA TEGAL'), true);
    assert.equal(kota('kata wali kota Tegal itu'), true);
    assert.equal(kota('Balai Kota Tegal'), false);
    assert.equal(kota('Kota Tegal'), false);
    assert.equal(kota('Sang Wali, Kota Tegal'), false);
  });
});
