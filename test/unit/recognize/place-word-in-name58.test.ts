// Session 58 (names58b, issue 13): a person's given name or clan name that is also a place
// the KB knows. A credit line's value opened by such a word ("Editor: Hisar …", a Batak
// given name and a town in India) and a titled holder's name closed by one ("Letkol Inf
// Yosef Bere Mali", a Timorese name and the country) gave the place and a shorter person.
// Own invented sentences and names.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';
import { typedActorsWithBuiltinKb as actors } from './helpers';

describe('a place word inside a person\'s name (names58b)', () => {
  it('opens a credit value: the whole value is the person', () => {
    assert.deepEqual(actors('Editor: Hisar Tumpal Siregar'), ['Hisar Tumpal Siregar/PER']);
    assert.deepEqual(actors('Pewarta: Hisar Manurung'), ['Hisar Manurung/PER']);
    assert.deepEqual(actors('Penulis: Milan Tumpal Sitorus'), ['Milan Tumpal Sitorus/PER']);
  });
  it('closes the name of a holder after a title or rank', () => {
    assert.deepEqual(actors('Letkol Inf Yohanes Seran Mali memimpin apel di lapangan.'), ['Yohanes Seran Mali/PER']);
    assert.deepEqual(actors('Komandan Kodim 1605/Belu, Letkol Inf Yohanes Seran Mali, mengerahkan prajurit ke desa itu.').slice(-1),
      ['Yohanes Seran Mali/PER']);
    assert.deepEqual(actors('Kapten Inf Yohanes Seran Mali, yang memimpin regu, tiba pukul 09.00.'), ['Yohanes Seran Mali/PER']);
  });
  it('keeps the place where it is the title\'s seat, a place after a cue, or a place\'s own name', () => {
    assert.deepEqual(actors('Presiden Mali Assimi Goïta mengatakan pemilu ditunda.'), ['Mali/GPE', 'Assimi Goïta/PER']);
    assert.deepEqual(actors('Bupati Belu Markus Nahak hadir di acara itu.'), ['Belu/GPE', 'Markus Nahak/PER']);
    assert.deepEqual(actors('Sejumlah warga Milan berunjuk rasa di depan balai kota.'), ['Milan/GPE']);
    assert.deepEqual(actors('Massa berkumpul di Medan Merdeka sejak pagi.'), ['Medan/GPE']);
    assert.deepEqual(actors('Rudi Hartono asal Bandung mengatakan harga cabai naik.'), ['Rudi Hartono/PER', 'Bandung/GPE']);
    assert.deepEqual(actors('Kontributor Sragen, Budi Santoso'), ['Sragen/GPE', 'Budi Santoso/PER']);
    assert.deepEqual(actors('Editor: Jakarta'), ['Jakarta/GPE']);
  });
  it('keeps a place a holder\'s name does not close: before a capitalised word, two words long, after one name word', () => {
    assert.deepEqual(actors('Kapolres Belu AKBP Yohanes Seran mengatakan kasus itu diselidiki.'), ['Belu/GPE', 'Yohanes Seran/PER']);
    assert.deepEqual(actors('Letkol Inf Yohanes Seran Jakarta Utara memimpin apel.').filter((a) => a.endsWith('/GPE')), ['Jakarta Utara/GPE']);
  });
  it('stays linear over a paragraph of many titled holders each closed by a place', () => {
    const paragraph = (n: number) => Array.from({ length: n }, () => 'Letkol Inf Yohanes Seran Mali, lalu Kapten Inf Yosua Nahak Belu memimpin apel.').join(' ');
    assert.ok(cpuGrowth((n) => analyze(paragraph(n)), 40) < LINEAR_GROWTH_LIMIT);
  });
});
