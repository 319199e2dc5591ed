import assert from 'node:assert/strict';
import { summarize, quoteSnippet } from '../../../src/core/incremental/article-summary';
import { CorpusIndex, type ActorTotal } from '../../../src/core/incremental/corpus-index';
import { TimeSlices } from '../../../src/core/incremental/time-slices';
import { seededRandom } from '../../../src/core/text/seeded-random';
import type { ActorMention, AnalysisResult, Quote } from '../../../src/core/recognize/types';

function mention(start: number, text: string, canonical: string, type: ActorMention['type'] = 'PER'): ActorMention {
  return { start, end: start + text.length, text, canonical, type };
}
function quote(start: number, text: string, speaker: string | null, cue?: string): Quote {
  const q: Quote = { start, end: start + text.length, text, speaker };
  if (cue) q.cue = cue;
  return q;
}

const A: AnalysisResult = {
  actors: [mention(0, 'Budi Santoso', 'Budi Santoso'), mention(40, 'Surabaya', 'Surabaya', 'GPE'), mention(90, 'Budi', 'Budi Santoso')],
  quotes: [quote(50, '“Kami akan mulai bulan depan dengan seluruh warga kota yang terdaftar,”', 'Budi Santoso', 'kata')],
};
const B: AnalysisResult = {
  actors: [mention(5, 'Surabaya', 'Surabaya', 'GPE'), mention(20, 'Budi', 'Budi Santoso')],
  quotes: [quote(30, '"Belum ada keputusan."', 'Budi Santoso', 'ujarnya'), quote(60, '“Tanpa penutur”', null)],
};

describe('summarize', () => {
  it('groups mentions by canonical with counts, surfaces and the first span', () => {
    const s = summarize(A, 'h');
    assert.equal(s.mentionCount, 3);
    assert.deepEqual(s.actors.map((a) => [a.canonical, a.count, a.surfaces, a.first]), [
      ['Budi Santoso', 2, ['Budi Santoso', 'Budi'], { start: 0, end: 12 }],
      ['Surabaya', 1, ['Surabaya'], { start: 40, end: 48 }],
    ]);
    assert.equal(s.quotes[0]!.cue, 'kata');
  });

  it('snippets drop the marks and cut long quotes after a few words', () => {
    assert.equal(quoteSnippet('“Kami akan mulai bulan depan dengan seluruh warga kota yang terdaftar,”'), 'Kami akan mulai bulan depan dengan seluruh warga…');
    assert.equal(quoteSnippet('"Belum ada keputusan."'), 'Belum ada keputusan.');
    assert.equal(quoteSnippet('“😀 emoji tetap utuh”'), '😀 emoji tetap utuh');
  });
});

describe('CorpusIndex', () => {
  it('aggregates mentions, articles and quotes across articles', () => {
    const idx = new CorpusIndex();
    idx.put('a', summarize(A, 'ha'));
    idx.put('b', summarize(B, 'hb'));
    assert.deepEqual(idx.actors().map((t) => [t.canonical, t.mentions, t.articles, t.quotes]), [
      ['Budi Santoso', 3, 2, 2],
      ['Surabaya', 2, 2, 0],
    ]);
    assert.deepEqual(idx.articlesFor('Budi Santoso').map((x) => [x.articleId, x.count]), [['a', 2], ['b', 1]]);
    assert.deepEqual(idx.quotesBy('Budi Santoso').map((x) => x.articleId), ['a', 'b']);
    assert.equal(idx.quotesBy('Budi Santoso', 1).length, 1);
  });

  it('replacing or removing an article updates totals without touching the others', () => {
    const idx = new CorpusIndex();
    idx.put('a', summarize(A, 'ha'));
    idx.put('b', summarize(B, 'hb'));
    const v = idx.version;
    idx.put('b', summarize({ actors: [], quotes: [] }, 'hb2'));
    assert.ok(idx.version > v);
    assert.deepEqual(idx.actors().map((t) => [t.canonical, t.mentions, t.articles, t.quotes]), [
      ['Budi Santoso', 2, 1, 1],
      ['Surabaya', 1, 1, 0],
    ]);
    assert.equal(idx.remove('a'), true);
    assert.deepEqual(idx.actors(), []);
    assert.deepEqual(idx.articlesFor('Budi Santoso'), []);
    assert.equal(idx.remove('a'), false);
  });

  it('an actor named by one article, then more, then one again, lists exactly those articles', () => {
    const idx = new CorpusIndex();
    const only = (id: string) => ({ actors: [mention(0, 'Budi', 'Budi Santoso')], quotes: [quote(10, `"Ya ${id}."`, 'Budi Santoso', 'kata')] });
    idx.put('a', summarize(only('a'), 'ha'));
    idx.put('a', summarize(only('a'), 'ha2'));
    assert.deepEqual(idx.articlesFor('Budi Santoso').map((x) => x.articleId), ['a']);
    idx.put('b', summarize(only('b'), 'hb'));
    idx.put('c', summarize(only('c'), 'hc'));
    assert.deepEqual(idx.articlesFor('Budi Santoso').map((x) => x.articleId), ['a', 'b', 'c']);
    assert.deepEqual(idx.quotesBy('Budi Santoso').map((x) => x.articleId), ['a', 'b', 'c']);
    idx.remove('a');
    idx.remove('c');
    assert.deepEqual(idx.articlesFor('Budi Santoso').map((x) => x.articleId), ['b']);
    assert.deepEqual(idx.surfacesOf('Budi Santoso'), ['Budi']);
    idx.put('d', summarize(only('d'), 'hd'));
    assert.deepEqual(idx.statementsBy('Budi Santoso'), []);
    assert.deepEqual(idx.articlesFor('Budi Santoso').map((x) => x.articleId), ['b', 'd']);
    idx.remove('b');
    idx.remove('d');
    assert.deepEqual(idx.articlesFor('Budi Santoso'), []);
    assert.equal(idx.total('Budi Santoso'), undefined);
  });

  it('keeps summaries packed: get() unpacks an equal summary, the same object while it is held and the article unchanged', () => {
    const idx = new CorpusIndex();
    const a = summarize(A, 'ha');
    idx.put('a', a);
    const got = idx.get('a')!;
    assert.deepEqual(got, a);
    assert.equal(idx.get('a'), got, 'the same object again');
    const packed = idx.packed('a')!;
    assert.equal(packed.hash, 'ha');
    assert.deepEqual([packed.actorCount, packed.quoteCount, packed.statementCount], [a.actors.length, a.quotes.length, 0]);
    // The packed summary put again (as the cache gives it) changes nothing.
    const version = idx.version;
    idx.put('a', packed);
    assert.equal(idx.version, version);
    idx.put('a', summarize(B, 'hb'));
    assert.notEqual(idx.get('a'), got, 'a changed article gives its new summary');
    assert.deepEqual(idx.get('a'), summarize(B, 'hb'));
    assert.equal(idx.get('nothing'), undefined);
    assert.equal(idx.packed('nothing'), undefined);
  });

  it('a speaker only known through quotes takes the type of its first real mention', () => {
    const idx = new CorpusIndex();
    idx.put('q', summarize({ actors: [], quotes: [quote(0, '“Ya.”', 'Kremlin', 'kata')] }, 'x'));
    assert.equal(idx.total('Kremlin')!.type, 'PER');
    idx.put('m', summarize({ actors: [mention(0, 'Kremlin', 'Kremlin', 'ORG')], quotes: [] }, 'y'));
    assert.equal(idx.total('Kremlin')!.type, 'ORG');
    assert.equal(idx.total('Kremlin')!.quotes, 1);
  });
});

describe('CorpusIndex.topActors', () => {
  it('returns the most mentioned actors, filtered, with the number that matched', async () => {
    const idx = new CorpusIndex();
    for (let i = 0; i < 50; i++) {
      const actors = Array.from({ length: i + 1 }, (_, k) => mention(k * 10, `Nama ${i}`, `Nama ${i}`));
      idx.put(`a${i}`, summarize({ actors, quotes: [] }, `h${i}`));
    }
    const top = await idx.topActors(3);
    assert.deepEqual(top.actors.map((a) => a.canonical), ['Nama 49', 'Nama 48', 'Nama 47']);
    assert.equal(top.matched, 50);
    const filtered = await idx.topActors(2, 'nama 1');
    assert.deepEqual(filtered.actors.map((a) => a.canonical), ['Nama 19', 'Nama 18']);
    assert.equal(filtered.matched, 11);
    assert.deepEqual((await idx.topActors(100)).actors.map((a) => a.canonical), idx.actors().map((a) => a.canonical));
  });

  /** The ranking as it was computed in one go before issue 19 (the reference). */
  function rankedInOneGo(idx: CorpusIndex, limit: number, needle = ''): { actors: string[]; matched: number } {
    const lower = needle.toLocaleLowerCase();
    const candidates: ActorTotal[] = [];
    for (const id of idx.ids()) for (const a of idx.get(id)!.actors) {
      const t = idx.total(a.canonical)!;
      if (t.mentions > 0 && (!lower || t.canonical.toLocaleLowerCase().includes(lower)) && !candidates.some((c) => c.canonical === t.canonical)) candidates.push(t);
    }
    const matched = candidates.length;
    let pool = candidates;
    if (candidates.length > limit) {
      const counts = Float64Array.from(candidates, (t) => t.mentions).sort();
      const threshold = counts[counts.length - limit] as number;
      pool = candidates.filter((t) => t.mentions >= threshold);
    }
    pool.sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
    return { actors: pool.slice(0, limit).map((t) => t.canonical), matched };
  }

  it('ranks as the computation in one go did, over random puts and removes, in slices', async () => {
    const rnd = seededRandom(19);
    const names = Array.from({ length: 120 }, (_, i) => `Tokoh ${String.fromCharCode(65 + (i % 26))}${i}`);
    const idx = new CorpusIndex();
    let pauses = 0;
    for (let step = 0; step < 300; step++) {
      const id = `a${Math.floor(rnd() * 60)}`;
      if (rnd() < 0.25) idx.remove(id);
      else {
        const actors = Array.from({ length: 1 + Math.floor(rnd() * 8) }, (_, k) => {
          const name = names[Math.floor(rnd() * names.length)] as string;
          return mention(k * 20, name, name);
        });
        idx.put(id, summarize({ actors, quotes: [] }, `h${step}`));
      }
      if (step % 10 !== 0) continue;
      for (const [limit, needle] of [[1, ''], [7, ''], [40, ''], [500, ''], [5, 'tokoh a'], [3, 'B1']] as const) {
        // A clock that moves 1 ms a reading and a budget of 2 ms: many pauses per ranking.
        let t = 0;
        const slices = new TimeSlices(async () => void pauses++, 2, () => t++, 1);
        const got = await idx.topActors(limit, needle, slices);
        assert.deepEqual({ actors: got.actors.map((a) => a.canonical), matched: got.matched }, rankedInOneGo(idx, limit, needle), `step ${step}, limit ${limit}, "${needle}"`);
      }
    }
    assert.ok(pauses > 1000, `the rankings paused (${pauses} pauses)`);
  });
});

describe('CorpusIndex.savedNames', () => {
  it('pauses within the ids of a name of every article, and saves what it saves in one go', async () => {
    // 10,000 articles that all name one actor: its positions are 10,000 ids, gone
    // through with a look at the clock every 4096 (a name of every article of 100,000
    // was a block of 70 ms in one go).
    const idx = new CorpusIndex();
    const articles: Array<{ id: string; summary: ReturnType<CorpusIndex['packed']> & object }> = [];
    for (let i = 0; i < 10_000; i++) {
      idx.put(`a${i}`, summarize({ actors: [mention(0, 'Budi Santoso', 'Budi Santoso')], quotes: [] }, `h${i}`));
      articles.push({ id: `a${i}`, summary: idx.packed(`a${i}`)! });
    }
    const inOneGo = await idx.savedNames(articles);
    let t = 0;
    let pauses = 0;
    // A clock that moves 1 ms a reading and a budget of 1 ms: every look at it pauses.
    const slices = new TimeSlices(async () => void pauses++, 1, () => t++, 1);
    const sliced = await idx.savedNames(articles, slices);
    assert.deepEqual(sliced, inOneGo);
    assert.deepEqual(sliced?.[0]?.at, articles.map((_, k) => k));
    // A look per article, one per name, and one per 4096 of the name's ids (two).
    assert.equal(pauses, 10_000 + 1 + 2);
  });
});

describe('CorpusIndex.restore', () => {
  /** 1,000 articles and ten names of all of them, with the totals saved for them. */
  async function savedIndex() {
    const source = new CorpusIndex();
    const articles: Array<{ id: string; summary: ReturnType<CorpusIndex['packed']> & object }> = [];
    const everyone = Array.from({ length: 10 }, (_, k) => mention(0, `Tokoh ${k}`, `Tokoh ${k}`));
    for (let i = 0; i < 1000; i++) {
      source.put(`a${i}`, summarize({ actors: everyone, quotes: [] }, `h${i}`));
      articles.push({ id: `a${i}`, summary: source.packed(`a${i}`)! });
    }
    const names = (await source.savedNames(articles))!;
    assert.equal(names.length, 10);
    return { source, articles, names };
  }

  it('does the same work for a name of every article as for a name of one: its articles are kept as positions', async () => {
    const { source, articles, names } = await savedIndex();
    let pauses = 0;
    // Every look at the clock finds the budget used.
    const slices = new TimeSlices(async () => void pauses++, 0, () => 0, 64);
    const restored = new CorpusIndex();
    await restored.restore(articles, names, slices);
    // A look per 64 items: the 1,000 articles, the names table's 16 parts reserved a step
    // each, and the ten names as ten items (their 10,000 ids were made into lists here
    // before, and counted as the work): 1,026 items, 16 looks.
    assert.equal(pauses, 16);
    assert.deepEqual(restored.actors(), source.actors());
    assert.deepEqual(restored.articlesFor('Tokoh 3'), source.articlesFor('Tokoh 3'));
  });

  it('reserves the names table in steps the slices pause between (a block of 3-34 ms at half a million names)', async () => {
    const { source, articles, names } = await savedIndex();
    let pauses = 0;
    // A look at the clock on every step, every one finding the budget used.
    const slices = new TimeSlices(async () => void pauses++, 0, () => 0, 1);
    const restored = new CorpusIndex();
    await restored.restore(articles, names, slices);
    // 1,000 articles, 16 parts of the names table, 10 names: a pause after each.
    assert.equal(pauses, 1026);
    assert.deepEqual(restored.actors(), source.actors());
  });

  it('gives the answers of the index it was saved from, and again after articles are removed and put', async () => {
    const { source, articles, names } = await savedIndex();
    const restored = new CorpusIndex();
    await restored.restore(articles, names);
    const same = () => {
      assert.deepEqual(restored.actors(), source.actors());
      for (let k = 0; k < 10; k++) {
        assert.deepEqual(restored.articlesFor(`Tokoh ${k}`), source.articlesFor(`Tokoh ${k}`));
        assert.deepEqual(restored.quotesBy(`Tokoh ${k}`), source.quotesBy(`Tokoh ${k}`));
      }
    };
    same();
    for (const index of [source, restored]) {
      index.remove('a10');
      index.remove('a999');
      index.put('a10', summarize({ actors: [mention(0, 'Tokoh 3', 'Tokoh 3'), mention(9, 'Baru', 'Baru')], quotes: [] }, 'h10b'));
      index.put('b1', summarize({ actors: [mention(0, 'Tokoh 4', 'Tokoh 4')], quotes: [] }, 'hb1'));
    }
    same();
    assert.deepEqual(await restored.savedNames(articles.filter((a) => a.id !== 'a10' && a.id !== 'a999').concat([{ id: 'a10', summary: restored.packed('a10')! }, { id: 'b1', summary: restored.packed('b1')! }])), await source.savedNames(articles.filter((a) => a.id !== 'a10' && a.id !== 'a999').concat([{ id: 'a10', summary: source.packed('a10')! }, { id: 'b1', summary: source.packed('b1')! }])));
  });
});
