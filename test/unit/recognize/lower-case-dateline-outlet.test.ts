import assert from 'node:assert/strict';
import { KbIndex } from '../../../src/core/kb/kb-index';
import type { KbEntity } from '../../../src/core/kb/types';
import { analyze } from '../../../src/core/recognize/analyze';
import { paragraphActors } from '../../../src/core/recognize/paragraph-actors';

const outlet = (id: string, canonical: string, aliases: string[]): KbEntity =>
  ({ id, canonical, type: 'ORG', aliases, description: { en: 'Indonesian news website', id: '' } });
const place = (id: string, canonical: string): KbEntity =>
  ({ id, canonical, type: 'GPE', aliases: [canonical, canonical.toUpperCase()], description: { en: '', id: '' } });
const kb = new KbIndex({
  entities: [
    outlet('warta', 'Warta Kilat', ['Warta Kilat', 'Wartakilat', 'Wartakilat.com']),
    outlet('kabarku', 'kabarku', ['kabarku', 'kabarku.com', 'kabarkuSPORT']),
    place('sorong', 'Sorong'), place('kendari', 'Kendari'),
  ],
  suppress: [],
});
const found = (p: string) => paragraphActors(p, kb).map((m) => `${p.slice(m.start, m.end)}/${m.type}/${m.canonical}`);

describe('lower-case outlet in a dateline ("SORONG, wartakilat –")', () => {
  it('reads an outlet the KB knows under another case after the place', () => {
    assert.deepEqual(found('SORONG, wartakilat – Dua kapal nelayan tenggelam semalam.'),
      ['SORONG/GPE/Sorong', 'wartakilat/ORG/Warta Kilat']);
  });
  it('reads any lower-case web domain after the place as an outlet, named as a name (capital first)', () => {
    assert.deepEqual(found('Kendari, beritaanoa.id — Sejak Senin harga cabai naik dua kali lipat.'),
      ['Kendari/GPE/Kendari', 'beritaanoa.id/ORG/Beritaanoa.id']);
  });
  it('finds a channel of a lower-case outlet whatever the case of its inner capitals', () => {
    assert.deepEqual(found('kabarkuSport - Tim voli putri lolos ke final.'), ['kabarkuSport/ORG/kabarku']);
  });
  it('leaves a lower-case word after a comma that is no outlet alone', () => {
    assert.deepEqual(found('Namun, warga – terutama nelayan – menolak.'), []);
    assert.deepEqual(found('SORONG, kemarin – hujan deras turun.'), ['SORONG/GPE/Sorong']);
  });
});

describe('a lower-case outlet put before the mentions already found', () => {
  const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.canonical}`);
  it('leaves each acronym in brackets named by its own full name', () => {
    // The outlet is inserted at the front after the rules: an acronym's link to its full
    // name (an index into the paragraph's mentions) must move with it.
    assert.deepEqual(actors('Kata dia kepada kompas.com, kapal milik PT Samudra Jaya Lestari diperiksa Badan Keamanan Laut Wilayah Timur (BKLWT) pada Senin.'),
      ['kompas.com/Kompas.com', 'PT Samudra Jaya Lestari/PT Samudra Jaya Lestari', 'Badan Keamanan Laut Wilayah Timur/Badan Keamanan Laut Wilayah Timur', 'BKLWT/Badan Keamanan Laut Wilayah Timur']);
  });
});
