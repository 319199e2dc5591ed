// code49 item 3: the trade noun before a name (fresh48a) and its guard (fix48c: the word after
// the noun reads as a given name) in one helper, trade-before-name.ts, which returns where the
// person's name starts. Own sentences about fictional people.
import assert from 'node:assert/strict';
import { type Ctx } from '../../../src/core/recognize/actors/ctx';
import { nameStartAfterTradeNoun } from '../../../src/core/recognize/actors/trade-before-name';
import { WORDS } from '../../../src/core/recognize/actors/word-class';
import { typedActors as actors } from './helpers';
import { capitalisedSpans } from '../../../src/core/text/capitalised';

/** The fields of a Ctx the helper reads, for the capitalised tokens of `p`. */
function tokensOf(p: string): Ctx {
  const ts: number[] = [];
  const te: number[] = [];
  const nt = capitalisedSpans(p, ts, te);
  const ids = ts.slice(0, nt).map((s, k) => WORDS.id(p, s, te[k]));
  return { p, ts, te, nt, ids } as unknown as Ctx;
}
/** The helper's answer for the sentence's opening run of `words` capitalised words. */
const nameStart = (p: string, words: number): number => nameStartAfterTradeNoun(tokensOf(p), 0, words).start;

describe('a trade noun written as a title before a name (trade-before-name.ts, code49)', () => {
  it('returns the given name\'s start after the trade noun', () => {
    assert.equal(nameStart('Perajin Hadi Kusnandar menyelesaikan pesanan itu.', 3), 1);
    assert.equal(nameStart('Petani Sutrisno menanam padi di sawahnya.', 2), 1);
    assert.deepEqual(actors('Perajin Wulan Anggraini menganyam tikar pandan.'), ['Wulan Anggraini/PER']);
  });

  // fix49a: the trade's goods between the noun and a full name go with the noun (they were
  // kept whole: "Pedagang Bakso Joko Susilo"); a one-word name after the noun is kept.
  it('returns the full name\'s start after the trade\'s goods', () => {
    assert.equal(nameStart('Pedagang Bakso Joko Susilo mengaku omzetnya turun.', 4), 2);
    assert.deepEqual(actors('Pedagang Sayur Siti Aminah mengeluh pembeli sepi.'), ['Siti Aminah/PER']);
    assert.deepEqual(actors('Pedagang Sapi Rambu Ana menjual dua ekor sapi.'), ['Rambu Ana/PER']);
    assert.deepEqual(actors('Sopir Ojek Budi Santoso menunggu penumpang.'), ['Budi Santoso/PER']);
  });
  it('keeps a one-word name after the noun', () => {
    assert.deepEqual(actors('Petani Sutrisno menanam jagung di lahannya.'), ['Sutrisno/PER']);
    assert.deepEqual(actors('Pedagang Aminah menjual sayur. "Sepi sekali," kata Aminah.'), ['Aminah/PER', 'Aminah/PER']);
  });
  // review49b: one word the model reads as neither a given name nor a common word is a name
  // only where the paragraph names it again; a trade's workplace or manner ("Buruh Pabrik",
  // "Pedagang Keliling", "Nelayan Andon") reads the same way to the model and was made a person.
  it('reads one unsure word after the noun as a name only where the paragraph names it again', () => {
    assert.deepEqual(actors('Pedagang Aminah menjual sayur. "Sepi sekali," kata Aminah.'), ['Aminah/PER', 'Aminah/PER']);
    assert.equal(nameStartAfterTradeNoun(tokensOf('Buruh Pabrik menuntut kenaikan upah minimum.'), 0, 2).start, 0);
    assert.deepEqual(actors('Buruh Pabrik menuntut kenaikan upah minimum.'), ['Buruh Pabrik/PER']);
  });
  it('takes one word the model reads as a given name only narrowly as a weak name', () => {
    // (a weak mention: an actor only where the article confirms it)
    assert.equal(nameStartAfterTradeNoun(tokensOf('Pedagang Keliling mengeluh razia petugas.'), 0, 2).sure, false);
    assert.deepEqual(actors('Pedagang Keliling mengeluh razia petugas.'), []);
    assert.deepEqual(actors('Nelayan Andon ditangkap petugas patroli.'), []);
    assert.deepEqual(actors('Buruh Tani mengeluh upah rendah.'), []);
    // a given name the model is sure of, or one the paragraph names again, is the person
    assert.equal(nameStartAfterTradeNoun(tokensOf('Petani Sutrisno menanam padi di sawahnya.'), 0, 2).sure, true);
    assert.deepEqual(actors('Pedagang Keliling menjual es. Keliling, begitu ia disapa, sudah lima tahun berjualan.').slice(0, 1), ['Keliling/PER']);
  });
  it('leaves groups and places after the noun alone', () => {
    assert.deepEqual(actors('Pedagang Sayur di pasar itu mengeluh.'), []);
    assert.deepEqual(actors('Warga Sukamaju mengungsi ke balai desa.'), []);
    assert.deepEqual(actors('Pedagang Pasar Beringharjo mengeluh sepi.'), []);
  });

  it('returns the run\'s start where the noun is no trade title before a given name', () => {
    // a kinship noun names a relation of the person after it
    assert.equal(nameStart('Suami Sulastri, Bambang, menunggu di luar.', 2), 0);
    // a noun and its qualifier: the group of people
    assert.equal(nameStart('Guru Honorer Sutrisno mengajar di dua sekolah.', 3), 0);
    // no trade noun
    assert.equal(nameStart('Hadi Kusnandar menyelesaikan pesanan itu.', 2), 0);
  });
});
