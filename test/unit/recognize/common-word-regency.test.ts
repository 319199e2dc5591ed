// A regency whose name is common words ("Batu Bara": coal), which the gazetteer gives only
// with its prefix (regional-names.ts bareRegency and regionalCanonical, the link pass's
// regionalBodies, actors/bare-regency.ts): sentences written for this test on the format of
// the dev article d193 (other offices and people), read with the built-in KB. Every case
// failed before the change, except the guard marked as such.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('a regency named by common words', () => {
  const text = 'BATU BARA, KOMPAS.com - Pemerintah Kabupaten Batu Bara menunda proyek jalan.\n\n' +
    'Kepala Inspektorat Daerah Batu Bara Yusuf Harahap mengatakan warga Batu Bara mendukung.';
  it('is the regency in a dateline and alone, where the article names it with its prefix', () => {
    const found = linked(text);
    assert.equal(found[0], 'BATU BARA/GPE/Kabupaten Batu Bara');
    assert.equal(found[found.length - 1], 'Batu Bara/GPE/Kabupaten Batu Bara');
  });
  it('ends a regional office\'s name before its head\'s, and the office takes the regency\'s prefix', () => {
    assert.deepEqual(linked(text).slice(3, 5), ['Inspektorat Daerah Batu Bara/ORG/Inspektorat Daerah Kabupaten Batu Bara', 'Yusuf Harahap/PER/Yusuf Harahap']);
  });
  it('(guard) coal in a headline, in an article that never names the regency, is no actor', () => {
    assert.deepEqual(linked('Harga Batu Bara Acuan Naik Lagi\n\nHarga batu bara acuan naik pekan ini.'), []);
  });
});
