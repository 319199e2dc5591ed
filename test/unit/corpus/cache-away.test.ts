import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateArticles } from '../../../bench/article-generator';
import { type CachedArticle, cacheKey, RECOGNIZER_VERSION, shardOf } from '../../../src/core/incremental/index-cache';
import { type CacheFiles, IndexCacheStore, type ShardsAway, shardFileName } from '../../../src/core/incremental/index-cache-store';
import { NAMES_FILE, type SavedName } from '../../../src/core/incremental/index-cache-names';
import { CorpusIndex } from '../../../src/core/incremental/corpus-index';
import { shardsAway } from '../../../src/extension/corpus/cache-away';
import { cachedArticle, folderFiles, spoilLastData } from '../incremental/cache-fixtures';

const KEY = cacheKey(RECOGNIZER_VERSION, '{"entities":[]}');
const SHARDS = 4;

/** The folder's files, the shards and names file decoded by a worker thread as on the desktop. */
function awayFiles(dir: string, away: (key: string, names: readonly string[]) => ShardsAway | undefined = (key, names) => shardsAway(dir, key, names)): CacheFiles {
  return { ...folderFiles(dir), shardsAway: away };
}

function store(files: CacheFiles, log: string[] = [], discarded?: (ids: string[]) => void): IndexCacheStore {
  return new IndexCacheStore(files, KEY, { pause: () => new Promise((r) => setImmediate(r)), log: (l) => log.push(l), shards: SHARDS, discarded });
}

/** What a load gives: its stats, log, each article as written and the index the names restore. */
async function loaded(files: CacheFiles): Promise<{ stats: Awaited<ReturnType<IndexCacheStore['load']>>; log: string[]; entries: unknown[]; checked: boolean[]; names: SavedName[] | undefined; s: IndexCacheStore }> {
  const log: string[] = [];
  const s = store(files, log);
  const stats = await s.load();
  const checked = articles.map((x) => s.get(x.id)?.summary.dataChecked).filter((c): c is boolean => c !== undefined);
  const taken = s.takeNames();
  const index = new CorpusIndex();
  let names: SavedName[] | undefined;
  if (taken && (await index.restore(taken.articles, taken.names))) names = await index.savedNames(taken.articles);
  const all = articles.map((x) => s.get(x.id)).filter((e): e is CachedArticle => e !== undefined);
  return { stats, log, entries: all.map(asWritten), checked, names, s };
}

const articles = Array.from({ length: 40 }, (_, i) => cachedArticle(i, generateArticles(1500, 500 + i)));

async function saveWithNames(dir: string): Promise<void> {
  const a = store(folderFiles(dir));
  for (const x of articles) a.put(x);
  const index = new CorpusIndex();
  for (const x of articles) index.put(x.id, x.summary);
  await a.save((held, slices) => index.savedNames(held, slices));
}

describe('the index cache decoded by a worker thread (cache-away.ts)', function () {
  // A worker under tsx compiles its sources when it starts.
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-cache-away-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hit: the same articles and names totals as decoded on this thread', async () => {
    await saveWithNames(dir);
    const here = await loaded(folderFiles(dir));
    const away = await loaded(awayFiles(dir));
    assert.deepEqual(here.log, []);
    assert.deepEqual(away.log, []);
    assert.equal(away.stats.articles, articles.length);
    assert.equal(away.stats.names, here.stats.names);
    assert.ok(away.stats.names > 0, 'the names file is used');
    assert.deepEqual(away.entries, here.entries);
    assert.deepEqual(away.entries, articles.map(asWritten));
    assert.deepEqual(away.names, here.names, 'the names restore the same totals and articles');
    assert.ok(away.checked.every((c) => !c) && here.checked.every((c) => !c), 'the data is checked later, as on this thread');
    assert.equal(await away.s.verify(), 0);
    assert.equal(away.s.hasChanges, false, 'nothing to write after a valid cache');
  });

  it('a corrupt or foreign shard is discarded with the log line of this thread\'s decoding; the others are kept', async () => {
    await saveWithNames(dir);
    const file = path.join(dir, shardFileName(0));
    const original = fs.readFileSync(file);
    const cases: [string, Buffer, RegExp][] = [
      ['cut mid-line', original.subarray(0, Math.floor(original.length * 0.6)), /^index-00\.jsonl: discarded, .*; its articles are indexed again$/],
      ['a foreign JSON file', Buffer.from('{"format":"other"}\n'), /^index-00\.jsonl: not a Sorot index cache; not used, its articles are indexed again$/],
    ];
    for (const [what, bytes, expected] of cases) {
      fs.writeFileSync(file, bytes);
      const away = await loaded(awayFiles(dir));
      assert.equal(away.log.length, 1, `${what}: ${away.log.join(' | ')}`);
      assert.match(away.log[0]!, expected, what);
      assert.equal(away.stats.discarded, 1, what);
      assert.equal(away.stats.names, 0, `${what}: no names file with a shard discarded`);
      const kept = articles.filter((x) => away.s.get(x.id));
      assert.deepEqual(kept.map((x) => x.id), articles.filter((x) => shardOf(x.id, SHARDS) !== 0).map((x) => x.id), `${what}: the other shards kept`);
      assert.ok(away.s.hasChanges, `${what}: the shard is written again`);
    }
    // Lines and lengths valid: found once the data is checked, as on this thread.
    fs.writeFileSync(file, spoilLastData(original));
    const log: string[] = [];
    const told: string[][] = [];
    const s = store(awayFiles(dir), log, (ids) => told.push(ids));
    assert.equal((await s.load()).discarded, 0);
    assert.equal(await s.verify(), 1);
    assert.equal(log.length, 1, log.join(' | '));
    assert.match(log[0]!, /^index-00\.jsonl: discarded, summary number \d+ out of range; its articles are indexed again$/);
    assert.deepEqual(told.flat().sort(), articles.filter((x) => shardOf(x.id, SHARDS) === 0).map((x) => x.id).sort());
    fs.writeFileSync(file, original);
  });

  it('a damaged or stale names file is not used, with the log line of this thread\'s decoding', async () => {
    await saveWithNames(dir);
    const file = path.join(dir, NAMES_FILE);
    const original = fs.readFileSync(file).toString('utf8');
    const lines = original.split('\n');
    const cases: [string, string, RegExp][] = [
      ['a changed checksum', original.replace(/"check":"[0-9a-z]+"/, '"check":"0"'), /^index-names\.jsonl: discarded, checksum mismatch; the totals are counted again$/],
      ['another shard file', original.replace(/"shards":\["[^"]+"/, '"shards":["x"'), /^index-names\.jsonl: not used, made from other shard files; the totals are counted again$/],
      ['cut short', lines.slice(0, 2).join('\n'), /^index-names\.jsonl: discarded, truncated \(no end line\); the totals are counted again$/],
    ];
    for (const [what, text, expected] of cases) {
      fs.writeFileSync(file, text);
      const here = await loaded(folderFiles(dir));
      const away = await loaded(awayFiles(dir));
      assert.deepEqual(away.log, here.log, what);
      assert.equal(away.log.length, 1, what);
      assert.match(away.log[0]!, expected, what);
      assert.equal(away.stats.names, 0, what);
      assert.equal(away.stats.articles, articles.length, `${what}: the shards are used`);
    }
    fs.rmSync(file);
    const none = await loaded(awayFiles(dir));
    assert.deepEqual(none.log, [], 'no names file is no problem');
    assert.equal(none.stats.names, 0);
  });

  it('a worker that fails leaves the rest to this thread: every article loads, with its names', async () => {
    await saveWithNames(dir);
    const real = folderFiles(dir);
    let taken = 0;
    const failing = (key: string, names: readonly string[]): ShardsAway => {
      const inner = shardsAway(dir, key, names) as ShardsAway;
      return {
        take: (k) => (++taken > 2 ? Promise.reject(new Error('the worker stopped')) : inner.take(k)),
        names: () => Promise.reject(new Error('the worker stopped')),
        close: () => inner.close(),
      };
    };
    const away = await loaded({ ...real, shardsAway: failing });
    assert.deepEqual(away.log, []);
    assert.equal(away.stats.articles, articles.length);
    assert.ok(away.stats.names > 0);
    assert.deepEqual(away.entries, articles.map(asWritten));
    const none = await loaded(awayFiles(dir, () => undefined));
    assert.equal(none.stats.articles, articles.length, 'without a worker, as before');
  });
});

function asWritten(x: CachedArticle): unknown {
  return { ...x, summary: x.summary.parts() };
}
