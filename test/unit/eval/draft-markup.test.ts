import assert from 'node:assert/strict';
import { draftActors, draftQuotes, parseLexicon } from '../../../eval/draft-markup';

const lexicon = parseLexicon([
  '# comment',
  'Putin\tPER\tVladimir Putin',
  'Rusia\tGPE\tRussia',
  'Kementerian Luar Negeri Rusia\tORG\tMinistry of Foreign Affairs (Russia)',
  'Arief\tPER\tArief Hidayatullah',
  'Arief\tPER\tArief Wicaksana Putra\tartikel-b',
].join('\n'));

describe('eval draft markup', () => {
  it('rejects malformed lexicon lines', () => {
    assert.throws(() => parseLexicon('Putin\tPERSON\tVladimir Putin'), /lexicon line 1/);
  });

  it('proposes longest matches at word boundaries and cuts clitics', () => {
    const text = 'Kementerian Luar Negeri Rusia: Putinlah, bukan Rusianto. Rusia-Ukraina.';
    const actors = draftActors(text, lexicon, 'artikel-a');
    assert.deepEqual(actors.map((a) => [a.text, a.canonical]), [
      ['Kementerian Luar Negeri Rusia', 'Ministry of Foreign Affairs (Russia)'],
      ['Putin', 'Vladimir Putin'],
      ['Rusia', 'Russia'],
    ]);
  });

  it('prefers an article-specific entry', () => {
    assert.equal(draftActors('kata Arief', lexicon, 'artikel-b')[0].canonical, 'Arief Wicaksana Putra');
    assert.equal(draftActors('kata Arief', lexicon, 'artikel-a')[0].canonical, 'Arief Hidayatullah');
  });

  it('pairs marks per paragraph, guesses speakers from "kata X" and anaphora, marks the rest "?"', () => {
    const text = '"Satu," kata Putin. "Dua," tambahnya.\n"Tiga paragraf\n‘Empat’ saja.';
    const quotes = draftQuotes(text, draftActors(text, lexicon, 'a'));
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [
      ['"Satu,"', 'Vladimir Putin'],
      ['"Dua,"', 'Vladimir Putin'],
      ['"Tiga paragraf', '?'],
      ['‘Empat’', '?'],
    ]);
  });
});
