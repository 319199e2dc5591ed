// Session 46 (actors46, issue 13): "Dinas Kesehatan Bogor" in an article naming only
// "Kabupaten Bogor" was named the city's office (article-regency.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const bodies = (t: string) => analyze(t).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);

describe('a regional body named by a place a regency and a city share', () => {
  it('is the regency\'s where the article names only the regency', () => {
    assert.deepEqual(bodies('Dinas Kesehatan Bogor menyebut kasus demam berdarah naik di Kabupaten Bogor.'),
      ['Dinas Kesehatan Bogor/Dinas Kesehatan Kabupaten Bogor']);
    assert.deepEqual(bodies('Bupati Bogor meminta DPRD Bogor segera membahas anggaran.'),
      ['DPRD Bogor/Dewan Perwakilan Rakyat Daerah Kabupaten Bogor']);
  });
  it('stays the city\'s where the article names the city, both or neither', () => {
    assert.deepEqual(bodies('Dinas Kesehatan Bogor menyebut kasus naik. Wali Kota Bogor meninjau lokasi.'),
      ['Dinas Kesehatan Bogor/Dinas Kesehatan Kota Bogor']);
    assert.deepEqual(bodies('Dinas Kesehatan Bogor menyebut kasus naik di Bogor.'), ['Dinas Kesehatan Bogor/Dinas Kesehatan Kota Bogor']);
    assert.deepEqual(bodies('Dinas Kesehatan Bogor menyebut kasus naik di Kabupaten Bogor dan Kota Bogor.'),
      ['Dinas Kesehatan Bogor/Dinas Kesehatan Kota Bogor']);
    assert.deepEqual(bodies('Dinas Kesehatan Kota Bogor menyebut kasus naik di Kabupaten Bogor.'),
      ['Dinas Kesehatan Kota Bogor/Dinas Kesehatan Kota Bogor']);
  });
});
