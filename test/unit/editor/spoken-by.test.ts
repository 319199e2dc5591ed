// "Show all 7 quotes" under a hover that lists 5: the command lists every quote or
// statement of the speaker (the same list the hover counts), leaves out the one hovered,
// and opens the one picked in its article.
import assert from 'node:assert/strict';
import type { QuoteInArticle, StatementInArticle } from '../../../src/core/incremental/corpus-index';
import type { Translate } from '../../../src/extension/hovers/hover-content';
import { showAllBy, showAllByArgs, showAllByUri, spokenBy, type ShowAllByHost, type SpokenIndex, type SpokenItem } from '../../../src/extension/hovers/spoken-by';

const t: Translate = (m, ...args) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

const quote = (articleId: string, start: number, snippet: string): QuoteInArticle =>
  ({ articleId, quote: { start, end: start + snippet.length, snippet } }) as unknown as QuoteInArticle;
const statement = (articleId: string, start: number, snippet: string): StatementInArticle =>
  ({ articleId, statement: { start, end: start + snippet.length, snippet } }) as unknown as StatementInArticle;

const A = 'file:///berita/a.txt';
const B = 'file:///berita/b.txt';
const INDEX: SpokenIndex = {
  quotesBy: (speaker) => (speaker === 'Wulan Sari' ? [quote(A, 10, 'Kami siap'), quote(A, 80, 'Belum ada keputusan'), quote(B, 5, 'Anggaran cukup')] : []),
  statementsBy: (speaker) => (speaker === 'Wulan Sari' ? [statement(A, 200, 'rapat ditunda sampai Senin'), statement(B, 60, 'harga pupuk turun')] : []),
};

/** A host that records what the command asked and answers the picker with `answer`. */
function host(answer: (items: SpokenItem[]) => SpokenItem | undefined = () => undefined) {
  const asked: Array<{ title: string; placeholder: string; rows: Array<[string, string]> }> = [];
  const revealed: SpokenItem[] = [];
  const told: string[] = [];
  const h: ShowAllByHost = {
    index: INDEX,
    t,
    articleName: (uri, hovered) => (uri === hovered ? 'this article' : uri.slice(uri.lastIndexOf('/') + 1)),
    activeArticle: () => B,
    pick: async (request) => {
      asked.push({ title: request.title, placeholder: request.placeholder, rows: request.items.map((i) => [i.label, i.description]) });
      return answer(request.items.map((i) => i.value));
    },
    reveal: async (item) => revealed.push(item),
    inform: (message) => told.push(message),
  };
  return { h, asked, revealed, told };
}

describe('show all quotes or statements of a speaker (hover "Show all" link)', () => {
  it('lists every quote of the speaker but the one hovered, overlap by article and offsets', () => {
    const all = spokenBy(INDEX, { speaker: 'Wulan Sari', kind: 'quotes' });
    assert.deepEqual(all.map((x) => x.snippet), ['Kami siap', 'Belum ada keputusan', 'Anggaran cukup']);
    const others = spokenBy(INDEX, { speaker: 'Wulan Sari', kind: 'quotes', except: { uri: A, start: 82, end: 85 } });
    assert.deepEqual(others.map((x) => x.snippet), ['Kami siap', 'Anggaran cukup']);
    // Same offsets in another article are another quote.
    assert.equal(spokenBy(INDEX, { speaker: 'Wulan Sari', kind: 'quotes', except: { uri: 'file:///c.txt', start: 10, end: 19 } }).length, 3);
    assert.deepEqual(spokenBy(INDEX, { speaker: 'Wulan Sari', kind: 'statements' }).map((x) => [x.uri, x.start, x.end]), [[A, 200, 226], [B, 60, 77]]);
  });

  it('the link carries what the command takes, also for names with parentheses', () => {
    for (const what of [
      { speaker: 'Wulan Sari', kind: 'quotes' as const },
      { speaker: 'Partai Buruh (PB', kind: 'statements' as const, except: { uri: 'file:///x/a(1).txt', start: 3, end: 9 } },
    ]) {
      const uri = showAllByUri(what);
      assert.match(uri, /^command:sorot\.showAllBy\?[^()\s]+$/, 'no character that ends a Markdown link');
      assert.deepEqual(showAllByArgs(JSON.parse(decodeURIComponent(uri.split('?')[1]!)) as unknown[]), what);
    }
    for (const bad of [[], [''], ['X', 'people'], [42, 'quotes'], ['X', 'quotes', A, 1.5, 3], ['X', 'quotes', A]]) {
      assert.equal(showAllByArgs(bad), undefined, JSON.stringify(bad));
    }
  });

  it('offers every quote in a picker, the hovered article named "this article", and opens the one chosen', async () => {
    const { h, asked, revealed } = host((items) => items[1]);
    const chosen = await showAllBy(h, ['Wulan Sari', 'quotes', A, 10, 19]);
    assert.deepEqual(asked, [{
      title: 'Quotes by Wulan Sari (2)',
      placeholder: 'Type to filter; Enter opens it in its article',
      rows: [['“Belum ada keputusan”', 'this article'], ['“Anggaran cukup”', 'b.txt']],
    }]);
    assert.deepEqual(chosen, { uri: B, start: 5, end: 19, snippet: 'Anggaran cukup' });
    assert.deepEqual(revealed, [chosen]);
  });

  it('statements are shown without quotation marks; without a hovered span the active article is "this article"', async () => {
    const { h, asked, revealed } = host();
    assert.equal(await showAllBy(h, ['Wulan Sari', 'statements']), undefined, 'Escape: nothing chosen');
    assert.deepEqual(asked[0]?.title, 'Reported statements by Wulan Sari (2)');
    assert.deepEqual(asked[0]?.rows, [['rapat ditunda sampai Senin', 'a.txt'], ['harga pupuk turun', 'this article']]);
    assert.deepEqual(revealed, []);
  });

  it('says so when the speaker has nothing left (the corpus changed since the hover), and ignores a malformed call', async () => {
    const { h, asked, told } = host();
    assert.equal(await showAllBy(h, ['Raka Pratama', 'quotes']), undefined);
    assert.deepEqual(told, ['No quotes by Raka Pratama in the corpus.']);
    assert.equal(await showAllBy(h, ['Raka Pratama', 'statements']), undefined);
    assert.equal(told[1], 'No reported statements by Raka Pratama in the corpus.');
    assert.equal(await showAllBy(h, [{ speaker: 'Wulan Sari' }]), undefined);
    assert.deepEqual(asked, [], 'no picker for nothing to show');
  });
});
