// Session 46 (actors46, issue 13): "Dinas Kesehatan Bogor" in an article naming only
// "Kabupaten Bogor" was named the city's office (article-regency.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedOrgs as bodies } from './helpers';

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

// Session 47 (region47): the place itself, written bare ("warga Magelang"), in an article about
// the regency the KB's city shares its name with (dev d10, d213, d317, d337). Own sentences.
const places = (t: string) => analyze(t).actors.filter((a) => a.type === 'GPE').map((a) => `${a.text}/${a.canonical}`);

describe('a bare place a regency and a city share (article-regency.ts)', () => {
  it('is the regency where the article names only the regency', () => {
    assert.deepEqual(places('Candi itu berada di Kabupaten Magelang. Wisatawan memadati Magelang sepanjang libur.'),
      ['Kabupaten Magelang/Kabupaten Magelang', 'Magelang/Kabupaten Magelang']);
    assert.deepEqual(places('PASURUAN, KOMPAS.com - Bupati Pasuruan meninjau sawah yang terendam di Kabupaten Pasuruan.').slice(0, 1),
      ['PASURUAN/Kabupaten Pasuruan']);
  });
  it('(guard) stays the city where the article names the city, both or neither', () => {
    assert.deepEqual(places('Wali Kota Magelang meninjau pasar. Harga cabai di Magelang naik.'), ['Magelang/Magelang', 'Magelang/Magelang']);
    assert.deepEqual(places('Banjir melanda Kabupaten Magelang dan Kota Magelang. Warga Magelang mengungsi.').slice(-1), ['Magelang/Magelang']);
    assert.deepEqual(places('Harga cabai di Magelang naik sepekan terakhir.'), ['Magelang/Magelang']);
  });
  it('(guard) a dateline naming a province\'s capital stays the city', () => {
    assert.deepEqual(places('Kupang - Ribuan warga di Kabupaten Kupang kesulitan air bersih.').slice(0, 1), ['Kupang/Kupang']);
    assert.deepEqual(places('Tribun.com, KUPANG - Ribuan warga di Kabupaten Kupang kesulitan air bersih.').filter((p) => p.startsWith('KUPANG')), ['KUPANG/Kupang']);
  });
  it('(guard) a city no regency shares a name with stays the city', () => {
    assert.deepEqual(places('Bupati Sleman berkunjung ke Kabupaten Sleman lalu ke Surabaya.').slice(-1), ['Surabaya/Surabaya']);
  });
});
