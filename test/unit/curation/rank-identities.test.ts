import assert from 'node:assert/strict';
import { rankForMention } from '../../../src/core/curation/rank-identities';

const id = (canonical: string, mentions: number) => ({ canonical, mentions });

describe('rankForMention: the identities "Link Actor to…" offers for a mention', () => {
  const article = [id('Dewi Lestari', 9), id('Polres Kudus', 6), id('Arif Nasution', 2), id('Arifin Hadi', 2), id('Kudus', 1)];

  it('a name containing the selected word comes before names mentioned more often', () => {
    assert.deepEqual(rankForMention(article, 'Arif').map((i) => i.canonical), ['Arif Nasution', 'Dewi Lestari', 'Polres Kudus', 'Arifin Hadi', 'Kudus']);
  });

  it('whole words only, in any case; more shared words first, then mentions', () => {
    const ranked = rankForMention(article, 'KUDUS').map((i) => i.canonical);
    assert.deepEqual(ranked.slice(0, 2), ['Polres Kudus', 'Kudus'], 'both contain the word; more mentions first');
    assert.deepEqual(rankForMention([id('Polres Kudus', 1), id('Kapolres Kudus Budi', 1), id('Budi', 5)], 'Kapolres Kudus').map((i) => i.canonical), ['Kapolres Kudus Budi', 'Polres Kudus', 'Budi']);
  });

  it('guard: no name shares a word: by mentions, ties in the given order; the input is not changed', () => {
    const given = [id('B', 1), id('A', 3), id('C', 1)];
    assert.deepEqual(rankForMention(given, 'Zaenal').map((i) => i.canonical), ['A', 'B', 'C']);
    assert.deepEqual(given.map((i) => i.canonical), ['B', 'A', 'C']);
    assert.deepEqual(rankForMention(given, '  ').map((i) => i.canonical), ['A', 'B', 'C']);
  });
});
