// Issue 19: the corpus index's totals saved with the cache (index-cache-names.ts) and
// restored in one piece on a reopen. Whatever the path (saved and restored, stale,
// damaged, two writers), the index after a reopen must be the one building it from the
// cached articles gives: the Actors view, the Articles view and the filters read it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateArticles } from '../../../bench/article-generator';
import { CorpusIndex } from '../../../src/core/incremental/corpus-index';
import { type CachedArticle, cacheKey, RECOGNIZER_VERSION, shardOf } from '../../../src/core/incremental/index-cache';
import { encodeNames, encodeNamesInSteps, NAMES_FILE, NamesDecoder, savedName, type SavedName } from '../../../src/core/incremental/index-cache-names';
import { IndexCacheStore, shardFileName } from '../../../src/core/incremental/index-cache-store';
import type { PackedSummary } from '../../../src/core/incremental/packed-summary';
import { TimeSlices } from '../../../src/core/incremental/time-slices';
import { cachedArticle, folderFiles } from './cache-fixtures';

const KEY = cacheKey(RECOGNIZER_VERSION, '{"entities":[]}');
const SHARDS = 4;

function article(i: number, text = generateArticles(1500, 700 + i)): CachedArticle {
  return cachedArticle(i, text);
}

/** A store with its corpus index, as the corpus service pairs them. */
function opened(dir: string, log: string[] = [], key = KEY): { store: IndexCacheStore; index: CorpusIndex } {
  const index = new CorpusIndex();
  const store = new IndexCacheStore(folderFiles(dir), key, { pause: () => new Promise((r) => setImmediate(r)), log: (l) => log.push(l), shards: SHARDS, names: index.names });
  return { store, index };
}

/** Small slices: the index's work pauses often, as on the extension host. */
function slices(): TimeSlices {
  return new TimeSlices(() => new Promise((r) => setImmediate(r)), 0, () => performance.now(), 1);
}

/** Everything a view or filter reads from the index. */
function view(index: CorpusIndex): unknown {
  const ids = [...index.ids()].sort();
  const actors = index.actors();
  return {
    size: index.size,
    ids,
    summaries: ids.map((id) => index.get(id)),
    actors,
    perName: actors.map((a) => ({
      total: index.total(a.canonical),
      articles: index.articlesFor(a.canonical),
      surfaces: index.surfacesOf(a.canonical),
      quotes: index.quotesBy(a.canonical),
      statements: index.statementsBy(a.canonical),
    })),
  };
}

/** The index built from scratch: every article put, in the cache's order. */
function built(articles: readonly CachedArticle[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const a of articles) index.put(a.id, a.summary);
  return index;
}

/** The cache's articles in its order: shard by shard, in file order. */
function inCacheOrder(store: IndexCacheStore, ids: readonly string[]): CachedArticle[] {
  return [...ids].sort((a, b) => shardOf(a, SHARDS) - shardOf(b, SHARDS)).map((id) => store.get(id)!).filter(Boolean);
}

async function saveFrom(dir: string, articles: readonly CachedArticle[]): Promise<void> {
  const { store, index } = opened(dir);
  for (const a of articles) {
    store.put(a);
    index.put(a.id, a.summary);
  }
  await store.save((order, s) => index.savedNames(order, s));
}

describe('index cache names file (corpus totals saved with the cache)', () => {
  let dir: string;
  const articles = Array.from({ length: 40 }, (_, i) => article(i));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-index-names-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hit: the restored index is the one built from the articles, for every view and filter', async () => {
    await saveFrom(dir, articles);
    assert.ok(fs.existsSync(path.join(dir, NAMES_FILE)));
    const log: string[] = [];
    const { store, index } = opened(dir, log);
    const stats = await store.load();
    assert.ok(stats.names > 0, 'names read');
    assert.deepEqual(log, []);
    const saved = store.takeNames();
    assert.ok(saved);
    assert.equal(store.takeNames(), undefined, 'given once');
    assert.equal(saved.names.count, stats.names);
    assert.ok(await index.restore(saved.articles, saved.names, slices()));
    assert.deepEqual(log, []);
    const fresh = built(saved.articles);
    assert.deepEqual(view(index), view(fresh));
    assert.deepEqual((await index.topActors(10)).actors, (await fresh.topActors(10)).actors);
    // After the restore it changes as a built index does: an article removed, one changed.
    const changed = article(3, 'Presiden Joko Widodo bertemu Vladimir Putin di Moskow. "Kami sepakat," kata Widodo.\n');
    for (const idx of [index, fresh]) {
      idx.remove(articles[5]!.id);
      idx.put(changed.id, changed.summary);
    }
    assert.deepEqual(view(index), view(fresh));
    // The names then saved from the restored index restore to the same again.
    store.put(changed);
    store.delete(articles[5]!.id);
    await store.save((order, s) => index.savedNames(order, s));
    const again = opened(dir);
    await again.store.load();
    const second = again.store.takeNames();
    assert.ok(second, 'the names written again with the changed shards');
    await again.index.restore(second.articles, second.names);
    assert.deepEqual(view(again.index), view(fresh));
  });

  it('a store without a pool (as the extension loads it) restores the index built from the articles', async () => {
    await saveFrom(dir, articles);
    const log: string[] = [];
    const store = new IndexCacheStore(folderFiles(dir), KEY, { pause: () => new Promise((r) => setImmediate(r)), log: (l) => log.push(l), shards: SHARDS });
    assert.ok((await store.load()).names > 0);
    const saved = store.takeNames()!;
    const index = new CorpusIndex();
    assert.ok(await index.restore(saved.articles, saved.names, slices()));
    assert.deepEqual(log, []);
    assert.deepEqual(view(index), view(built(saved.articles)));
    assert.ok(index.actors().some((t) => t.entityId !== undefined), 'names with KB ids among them');
  });

  it('the names read one by one as a restore takes them are the names decoded into an array', async () => {
    await saveFrom(dir, articles);
    const { store } = opened(dir);
    await store.load();
    const saved = store.takeNames()!;
    const given: SavedName[] = [];
    const sliced = slices();
    assert.ok(await saved.names.read((total, positions, from, count) => given.push(savedName(total, positions, from, count)), sliced));
    await assert.rejects(saved.names.read(() => undefined, sliced), /read already/, 'once');
    const header = JSON.parse(fs.readFileSync(path.join(dir, NAMES_FILE), 'utf8').split('\n')[0]!) as { shards: string[] };
    const eager = new NamesDecoder({ key: KEY, shardTokens: header.shards, articles: saved.articles });
    for (const line of fs.readFileSync(path.join(dir, NAMES_FILE), 'utf8').split('\n')) eager.line(line);
    const result = eager.finish();
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(given.length, saved.names.count);
    assert.deepEqual(given, result.names);
  });

  it('restoring under an index that holds live summaries keeps them, as putting them after would', async () => {
    await saveFrom(dir, articles);
    const { store, index } = opened(dir);
    await store.load();
    const saved = store.takeNames()!;
    const live = article(2, 'Menteri Sri Mulyani berbicara di Jakarta. "Anggaran aman," ujar Sri Mulyani.\n');
    index.put(live.id, live.summary);
    await index.restore(saved.articles, saved.names, slices());
    const expected = built(saved.articles);
    expected.put(live.id, live.summary);
    assert.deepEqual(view(index), view(expected));
  });

  it('miss: no names file, or names the index cannot vouch for, and nothing is restored', async () => {
    const { store, index } = opened(dir);
    for (const a of articles) store.put(a);
    await store.save();
    assert.ok(!fs.existsSync(path.join(dir, NAMES_FILE)), 'not written without the totals');
    const log: string[] = [];
    const reader = opened(dir, log);
    assert.equal((await reader.store.load()).names, 0);
    assert.equal(reader.store.takeNames(), undefined);
    assert.deepEqual(log, [], 'a missing names file is not a problem to log');
    assert.ok(reader.store.namesStale);
    // An index that holds another summary (a live one) than the cache: no names file.
    for (const a of articles) index.put(a.id, a.summary);
    index.put(articles[0]!.id, article(0, 'Teks yang sedang disunting oleh Budi Santoso.\n').summary);
    await store.save((order, s) => index.savedNames(order, s));
    assert.ok(!fs.existsSync(path.join(dir, NAMES_FILE)));
    assert.equal(await index.savedNames(inCacheOrder(store, articles.map((a) => a.id))), undefined);
  });

  it('invalidation by content: a shard written after the names makes them stale, never used', async () => {
    await saveFrom(dir, articles);
    const oldNames = fs.readFileSync(path.join(dir, NAMES_FILE));
    // Another window changes an article and writes its shard without the names.
    const other = opened(dir);
    await other.store.load();
    other.store.put(article(9, 'Gubernur Anies Baswedan meninjau banjir di Jakarta Utara.\n'));
    await other.store.save();
    assert.deepEqual(fs.readFileSync(path.join(dir, NAMES_FILE)), oldNames, 'the old names file is still there');
    const log: string[] = [];
    const reader = opened(dir, log);
    const stats = await reader.store.load();
    assert.equal(stats.names, 0);
    assert.equal(reader.store.takeNames(), undefined);
    assert.equal(log.length, 1);
    assert.match(log[0]!, /^index-names\.jsonl: not used, made from other shard files; the totals are counted again$/);
    assert.ok(reader.store.namesStale, 'written again on the next save');
  });

  it('invalidation by version: another recognizer or KB uses neither shards nor names', async () => {
    await saveFrom(dir, articles);
    const log: string[] = [];
    const reader = opened(dir, log, cacheKey('recognizer-other', '{"entities":[]}'));
    const stats = await reader.store.load();
    assert.equal(stats.articles, 0);
    assert.equal(stats.names, 0);
    assert.equal(reader.store.takeNames(), undefined);
    // The names file of the other key is not even read: one line, for the shards.
    assert.equal(log.length, 1);
    // And a names file of another key next to shards of this one is foreign.
    const names = encodeNames('another-key', ['a'], [], []);
    const decoder = new NamesDecoder({ key: KEY, shardTokens: ['a'], articles: [] });
    for (const line of names) decoder.line(line);
    const result = decoder.finish();
    assert.ok(!result.ok && result.kind === 'foreign', JSON.stringify(result));
  });

  it('a corrupt names file is discarded with a log line; the shards are used and the totals counted again', async () => {
    await saveFrom(dir, articles);
    const file = path.join(dir, NAMES_FILE);
    const original = fs.readFileSync(file, 'utf8');
    const lines = original.split('\n');
    // A name's entity id changed, the file otherwise well formed: only the checksum tells.
    const bodyAt = 1;
    const columns = JSON.parse(lines[bodyAt]!) as [string[], string[], string];
    columns[0][0] = `${columns[0][0]}x`;
    const tampered = JSON.stringify(columns);
    // A number changed in the base64: the numbers no longer read as the articles' (or
    // read but sum up wrong), or the checksum tells.
    const numbers = columns[2];
    const swapAt = numbers.length >> 1;
    const renumbered = JSON.stringify([columns[0].map((e, k) => (k === 0 ? e.slice(0, -1) : e)), columns[1], numbers.slice(0, swapAt) + (numbers[swapAt] === 'A' ? 'B' : 'A') + numbers.slice(swapAt + 1)]);
    // Files whose checksum and tokens are right but whose numbers are not the articles'.
    const header = JSON.parse(lines[0]!) as { key: string; shards: string[]; articles: number };
    const reader = opened(dir);
    await reader.store.load();
    const order = reader.store.takeNames()!.articles;
    const canonical = order[0]!.summary.nameAt(0)!;
    const fileOf = (at: number | number[], inArticles = 1): string =>
      [...encodeNames(header.key, header.shards, order, [{ total: { canonical, type: 'PER', mentions: 1, articles: inArticles, quotes: 0, reported: 0 }, at }])].join('\n') + '\n';
    const outOfRange = fileOf([0, header.articles + 5]);
    const cases: [string, string, RegExp][] = [
      ['a changed entity id', [...lines.slice(0, bodyAt), tampered, ...lines.slice(bodyAt + 1)].join('\n'), /discarded, checksum mismatch/],
      ['a changed number', [...lines.slice(0, bodyAt), renumbered, ...lines.slice(bodyAt + 1)].join('\n'), /discarded, /],
      ['cut mid-line', original.slice(0, Math.floor(original.length * 0.6)), /discarded, /],
      ['cut at a line end', lines.slice(0, -2).join('\n') + '\n', /discarded, truncated/],
      ['empty', '', /discarded, empty file/],
      ['garbage', 'garbage\n', /discarded, /],
      ['a foreign JSON file', '{"format":"other"}\n', /discarded, not a Sorot index cache names file/],
      ['a position out of range', outOfRange, /discarded, names number \d+ out of range/],
      ['totals that do not add up to the articles\' actors', fileOf(0), /discarded, totals that do not match the articles/],
    ];
    for (const [what, text, expected] of cases) {
      fs.writeFileSync(file, text);
      const log: string[] = [];
      const reader = opened(dir, log);
      const stats = await reader.store.load();
      assert.equal(stats.articles, articles.length, `${what}: the shards are used`);
      assert.equal(stats.discarded, 0, what);
      // A bad header is known at load; the rest once the names are read, on a restore,
      // which then takes nothing: the index stays as it was.
      const saved = reader.store.takeNames();
      if (saved) {
        assert.equal(await reader.index.restore(saved.articles, saved.names, slices()), false, what);
        assert.equal(reader.index.size, 0, what);
        assert.deepEqual(reader.index.actors(), [], what);
      }
      assert.equal(log.length, 1, `${what}: ${log.join(' | ')}`);
      assert.match(log[0]!, expected, what);
      assert.ok(log[0]!.startsWith('index-names.jsonl: '), what);
      // The caller builds the totals from the articles and the next save writes a good file.
      for (const a of articles) reader.index.put(a.id, reader.store.get(a.id)!.summary);
      assert.ok(reader.store.namesStale, what);
      await reader.store.save((order, s) => reader.index.savedNames(order, s));
      const again = opened(dir);
      assert.ok((await again.store.load()).names > 0, `${what}: written again`);
    }
  });

  it('writes a name found in more articles than a call takes arguments (300,000 positions)', () => {
    // The positions were spread into one call: RangeError from about 120,000 on.
    const first = { summary: { nameIndex: () => 0 } as unknown as PackedSummary };
    const at = Array.from({ length: 300_000 }, (_, i) => i);
    const lines = [...encodeNames('k', ['a'], [first], [{ total: { canonical: 'Jakarta', type: 'GPE', mentions: 300_000, articles: 300_000, quotes: 0, reported: 0 }, at }])];
    assert.equal(lines.length, 3, 'header, one names line, trailer');
    assert.ok(lines[1]!.length > 300_000, 'every position written');
  });

  it('a name of nearly every article ends its line: no line holds several such names, and they read back', () => {
    // 1,000 names a line: ten names of 20,000 articles each were one line of 200,000
    // positions, encoded (and read again) in one go.
    const canonicals = Array.from({ length: 10 }, (_, k) => `Tempat ${k}`);
    // Articles that each name the ten places (all the decoder asks of a summary).
    const summary = { nameIndex: (c: string) => canonicals.indexOf(c), nameAt: (k: number) => canonicals[k], actorCount: canonicals.length } as unknown as PackedSummary;
    const order = Array.from({ length: 20_000 }, () => ({ summary }));
    const everywhere = order.map((_, i) => i);
    const names = canonicals.map((canonical) => ({ total: { canonical, type: 'GPE' as const, mentions: 20_000, articles: 20_000, quotes: 0, reported: 0 }, at: everywhere }));
    const lines = [...encodeNames('k', ['a'], order, names)];
    assert.equal(lines.length, 2 + names.length, 'header, a line per name, trailer');
    const decoder = new NamesDecoder({ key: 'k', shardTokens: ['a'], articles: order });
    for (const line of lines) decoder.line(line);
    const result = decoder.finish();
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.names, names);
  });

  it('the names are written in the order of their first article (the reader goes through the articles once), and read back as given', () => {
    const canonicals = ['A', 'B', 'C', 'D', 'E'];
    // Each article has every name (all the decoder asks of a summary); the actor counts
    // add up to the names' article totals (7), as the decoder checks.
    const order = [1, 1, 2, 1, 2].map((actorCount) => ({ summary: { nameIndex: (c: string) => canonicals.indexOf(c), nameAt: (k: number) => canonicals[k], actorCount } as unknown as PackedSummary }));
    const name = (canonical: string, at: number | number[]): SavedName => ({ total: { canonical, type: 'PER', mentions: 1, articles: typeof at === 'number' ? 1 : at.length, quotes: 0, reported: 0 }, at });
    // As the corpus index gives them: by when each name was first put, not by article.
    const given = [name('D', [3, 4]), name('A', 0), name('E', 4), name('B', [1, 2]), name('C', 2)];
    const decoder = new NamesDecoder({ key: 'k', shardTokens: ['a'], articles: order });
    for (const line of encodeNames('k', ['a'], order, given)) decoder.line(line);
    const result = decoder.finish();
    assert.ok(result.ok, JSON.stringify(result));
    // Stable: names of one first article keep the order given.
    assert.deepEqual(result.names.map((n) => n.total.canonical), ['A', 'B', 'C', 'D', 'E']);
    assert.deepEqual(result.names.map((n) => n.at), [0, [1, 2], 2, [3, 4], 4]);
  });

  it('the names are written in steps: a pause point at least every 4,096 positions', () => {
    const first = { summary: { nameIndex: () => 0 } as unknown as PackedSummary };
    const at = Array.from({ length: 300_000 }, (_, i) => i);
    const pieces = [...encodeNamesInSteps('k', ['a'], [first], [{ total: { canonical: 'Jakarta', type: 'GPE', mentions: 300_000, articles: 300_000, quotes: 0, reported: 0 }, at }])];
    const pauses = pieces.filter((p) => p === undefined).length;
    assert.ok(pauses >= Math.ceil(300_000 / 4096), `${pauses} pauses`);
    // The same lines as encodeNames gives.
    assert.deepEqual(pieces.filter((p) => p !== undefined), [...encodeNames('k', ['a'], [first], [{ total: { canonical: 'Jakarta', type: 'GPE', mentions: 300_000, articles: 300_000, quotes: 0, reported: 0 }, at }])]);
  });

  it('a shard written by an older Sorot (no token) is used and written again with one, then the names', async () => {
    await saveFrom(dir, articles);
    const file = path.join(dir, shardFileName(0));
    // latin1: a byte per character, so the summaries' data bytes are written back as read.
    fs.writeFileSync(file, fs.readFileSync(file, 'latin1').replace(/,"token":"[^"]*"/, ''), 'latin1');
    const log: string[] = [];
    const reader = opened(dir, log);
    const stats = await reader.store.load();
    assert.equal(stats.articles, articles.length);
    assert.equal(stats.names, 0, 'names are not used with a shard without a token');
    assert.deepEqual(log, []);
    assert.ok(reader.store.hasChanges);
  });

  it('two windows writing at once: whenever names are used they are the loaded articles\' totals', async () => {
    const other = articles.map((_, i) => article(i, generateArticles(1500, 9100 + i)));
    for (let round = 0; round < 6; round++) {
      const first = opened(dir);
      const second = opened(dir);
      for (const a of articles.slice(round)) {
        first.store.put({ ...a });
        first.index.put(a.id, a.summary);
      }
      for (const a of other.slice(round * 2)) {
        second.store.put({ ...a });
        second.index.put(a.id, a.summary);
      }
      await Promise.all([first.store.save((o, s) => first.index.savedNames(o, s)), second.store.save((o, s) => second.index.savedNames(o, s))]);
      const log: string[] = [];
      const reader = opened(dir, log);
      await reader.store.load();
      const saved = reader.store.takeNames();
      const loaded = articles.map((a) => reader.store.get(a.id)).filter((a): a is CachedArticle => a !== undefined);
      assert.equal(loaded.length, reader.store.size);
      if (saved) {
        assert.ok(await reader.index.restore(saved.articles, saved.names, slices()), `round ${round}`);
        assert.deepEqual(log, []);
        assert.deepEqual(view(reader.index), view(built(saved.articles)), `round ${round}`);
      } else {
        assert.ok(log.every((l) => /^index-names\.jsonl: not used, /.test(l)), log.join(' | '));
        for (const a of loaded) reader.index.put(a.id, a.summary);
      }
      // The window that reopened saves: the next one reads its names.
      await reader.store.save((o, s) => reader.index.savedNames(o, s));
      const next = opened(dir);
      await next.store.load();
      const recovered = next.store.takeNames();
      assert.ok(recovered, `round ${round}: names after a save of one window`);
      await next.index.restore(recovered.articles, recovered.names);
      assert.deepEqual(view(next.index), view(built(recovered.articles)));
    }
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
  });
});
