import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateArticles } from '../../../bench/article-generator';
import { contentHash } from '../../../src/core/incremental/hash';
import { summarize } from '../../../src/core/incremental/article-summary';
import { StringPool } from '../../../src/core/incremental/compact-summary';
import { PackedSummary } from '../../../src/core/incremental/packed-summary';
import {
  type CachedArticle,
  cacheKey,
  RECOGNIZER_VERSION,
  reusableByContent,
  reusableByStamp,
  ShardDecoder,
  ShardEncoder,
  stampIsTrustworthy,
} from '../../../src/core/incremental/index-cache';
import { IndexCacheStore, shardFileName } from '../../../src/core/incremental/index-cache-store';
import { cachedArticle, folderFiles } from './cache-fixtures';

const KEY = cacheKey(RECOGNIZER_VERSION, '{"entities":[]}');

function article(i: number, text = generateArticles(1500, 500 + i)): CachedArticle {
  return cachedArticle(i, text);
}

function store(dir: string, key = KEY, log: string[] = [], shards = 4): IndexCacheStore {
  return new IndexCacheStore(folderFiles(dir), key, { pause: () => new Promise((r) => setImmediate(r)), log: (l) => log.push(l), shards });
}

describe('index cache (persistent corpus index)', () => {
  let dir: string;
  const articles = Array.from({ length: 40 }, (_, i) => article(i));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-index-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a shard encodes and decodes every summary exactly, repeated strings once', () => {
    const enc = new ShardEncoder(KEY, 0);
    const special: CachedArticle = {
      id: 'file:///a "b"\n.txt',
      correctionsKey: 'c1@5:0-4?;',
      summary: PackedSummary.pack({
        ...summarize({ actors: [], quotes: [{ start: 0, end: 9, text: '"Halo\u2028 dunia"', speaker: null }] }, 'h'),
        review: { decided: 1, total: 3 },
        // What the analysis view and the Articles grouping read after a reopen.
        textMetadata: { outlet: { value: 'Kompas.com', provenance: 'dateline', confidence: 0.9 } as never },
      }, new StringPool()),
    };
    assert.ok(articles.some((a) => a.summary.unpack().actors.some((x) => x.spans?.length)), 'summaries carry mention spans');
    assert.ok(articles.some((a) => a.summary.unpack().quotes.some((q) => q.speakerId)), 'summaries carry speaker ids');
    const lines = [enc.header(), ...articles.map((a) => enc.entry(a)), enc.entry(special), enc.trailer()];
    const dec = new ShardDecoder(KEY, 0);
    for (const l of lines.join('\n').split('\n')) dec.line(l);
    const result = dec.finish();
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problem));
    assert.deepEqual(result.entries, [...articles, special]);
    const plain = articles.reduce((n, a) => n + JSON.stringify({ ...a, summary: a.summary.unpack() }).length, 0);
    const encoded = lines.reduce((n, l) => n + l.length, 0);
    assert.ok(encoded < plain / 2, `encoded ${encoded} chars, plain JSON ${plain}`);
  });

  it('an article line whose packed summary does not hold what its counts say is corrupt, never trusted', () => {
    const enc = new ShardEncoder(KEY, 0);
    const header = enc.header();
    const line = JSON.parse(enc.entry(articles[0]!)) as unknown[];
    const trailer = enc.trailer();
    // The fields as ShardEncoder.entry writes them: 13 before the names, then the names,
    // the numbers (base64), the snippets and the text metadata.
    const names = line[13] as number;
    const numbersAt = 14 + names;
    const numbers = line[numbersAt] as string;
    const changed = (edit: (l: unknown[]) => void): string => {
      const copy = structuredClone(line);
      edit(copy);
      return JSON.stringify(copy);
    };
    const cases: [string, string][] = [
      ['numbers cut short', changed((l) => (l[numbersAt] = btoa(atob(numbers).slice(0, -3))))],
      ['one number too many', changed((l) => (l[numbersAt] = btoa(atob(numbers) + '\u0005')))],
      ['a snippet cut short', changed((l) => (l[numbersAt + 1] = (l[numbersAt + 1] as string).slice(0, -1)))],
      ['a name referred to that the article does not have', changed((l) => (l[numbersAt] = btoa('~' + atob(numbers).slice(1))))],
      ['numbers that are not base64', changed((l) => (l[numbersAt] = '\u0001' + numbers.slice(1)))],
      ['numbers base64 cut mid-character', changed((l) => (l[numbersAt] = numbers.slice(0, -1)))],
      ['a count larger than the data', changed((l) => (l[9] = (l[9] as number) + 1))],
      ['a negative count', changed((l) => (l[10] = -2))],
      ['a name that is not in the shard', changed((l) => (l[14] = 9999))],
    ];
    assert.ok(names > 0 && numbers.length > 10, 'the sample article has names and numbers');
    for (const [what, bad] of cases) {
      const dec = new ShardDecoder(KEY, 0);
      for (const l of [header, bad, trailer]) dec.line(l);
      const result = dec.finish();
      assert.equal(result.ok, false, what);
      assert.equal(!result.ok && result.problem.kind, 'corrupt', what);
    }
    // The unchanged line decodes: the cases above fail for what they changed.
    const dec = new ShardDecoder(KEY, 0);
    for (const l of [header, JSON.stringify(line), trailer]) dec.line(l);
    assert.ok(dec.finish().ok);
  });

  it('a decoder given a pool takes every name from it, and the entries stay exact', () => {
    const enc = new ShardEncoder(KEY, 0);
    const lines = [enc.header(), ...articles.map((a) => enc.entry(a)), enc.trailer()];
    const pool = new StringPool();
    const dec = new ShardDecoder(KEY, 0, pool);
    for (const l of lines) dec.line(l);
    const result = dec.finish();
    assert.ok(result.ok);
    assert.deepEqual(result.entries, articles);
    // Every name of the decoded summaries is in the pool (interning them again adds none).
    const pooled = pool.size;
    assert.ok(pooled > 0);
    for (const e of result.ok ? result.entries : []) for (const x of e.summary.unpack().actors) for (const s of [x.canonical, x.type, ...x.surfaces]) pool.intern(s);
    assert.equal(pool.size, pooled);
  });

  it('hit: a saved cache loads back every article, in any store of the same key', async () => {
    const a = store(dir);
    for (const x of articles) a.put(x);
    await a.save();
    assert.equal(a.hasChanges, false);
    const log: string[] = [];
    const b = store(dir, KEY, log);
    const stats = await b.load();
    assert.equal(stats.articles, articles.length);
    assert.equal(stats.discarded, 0);
    assert.deepEqual(log, []);
    for (const x of articles) assert.deepEqual(b.get(x.id), x);
    assert.equal(b.hasChanges, false, 'nothing to write after loading a valid cache');
  });

  it('miss: no cache is an empty store, every shard to be written', async () => {
    const log: string[] = [];
    const s = store(dir, KEY, log);
    const stats = await s.load();
    assert.equal(stats.articles, 0);
    assert.equal(s.get(articles[0]!.id), undefined);
    assert.deepEqual(log, [], 'a missing cache is not a problem to log');
    assert.equal(s.hasChanges, true);
  });

  it('invalidation by content: a changed text or corrections misses, the same text hits', () => {
    const x = articles[0]!;
    assert.ok(reusableByContent(x, x.summary.hash, x.correctionsKey));
    assert.ok(!reusableByContent(x, contentHash('another text'), x.correctionsKey));
    assert.ok(!reusableByContent(x, x.summary.hash, 'c1@1:0-4;'));
    assert.ok(!reusableByContent(undefined, x.summary.hash, x.correctionsKey));
    // the stamp: the same size and time stand for the text, anything else reads it
    assert.ok(reusableByStamp(x, { ...x.stamp! }));
    assert.ok(!reusableByStamp(x, { ...x.stamp!, mtime: x.stamp!.mtime + 1 }));
    assert.ok(!reusableByStamp(x, { ...x.stamp!, size: x.stamp!.size + 1 }));
    assert.ok(!reusableByStamp({ ...x, stamp: undefined }, x.stamp));
    // a file written just now may change again within the same clock tick
    assert.ok(!stampIsTrustworthy({ mtime: 10_000, size: 1 }, 10_500));
    assert.ok(stampIsTrustworthy({ mtime: 10_000, size: 1 }, 20_000));
  });

  it('invalidation of one article rewrites only its shard', async () => {
    const a = store(dir);
    for (const x of articles) a.put(x);
    await a.save();
    const before = new Map(Array.from({ length: 4 }, (_, s) => [s, fs.statSync(path.join(dir, shardFileName(s))).mtimeMs]));
    const b = store(dir);
    await b.load();
    const changed = article(3, 'Teks baru. Presiden Joko Widodo berbicara di Jakarta.');
    b.put(changed);
    b.delete(articles[7]!.id);
    await new Promise((r) => setTimeout(r, 20));
    await b.save();
    const c = store(dir);
    await c.load();
    assert.deepEqual(c.get(changed.id), changed);
    assert.equal(c.get(articles[7]!.id), undefined);
    assert.equal(c.size, articles.length - 1);
    const rewritten = [...before].filter(([s, t]) => fs.statSync(path.join(dir, shardFileName(s))).mtimeMs !== t).length;
    assert.ok(rewritten <= 2, `${rewritten} shards rewritten for two articles`);
  });

  it('invalidation by version: another recognizer or KB makes the whole cache foreign', async () => {
    const a = store(dir);
    for (const x of articles) a.put(x);
    await a.save();
    for (const key of [cacheKey('recognizer-other', '{"entities":[]}'), cacheKey(RECOGNIZER_VERSION, '{"entities":[{"id":"x"}]}')]) {
      const log: string[] = [];
      const b = store(dir, key, log);
      const stats = await b.load();
      assert.equal(stats.articles, 0);
      assert.deepEqual(log.length, 1, 'one line for all the shards');
      assert.match(log[0]!, /^4 shards not used \(index-00\.jsonl: made with another recognizer or knowledge base, \.\.\.\)/);
    }
  });

  it('a corrupt, truncated or foreign shard is discarded with a log line naming it; the others are kept', async () => {
    const a = store(dir);
    for (const x of articles) a.put(x);
    await a.save();
    const file = (s: number) => path.join(dir, shardFileName(s));
    const original = fs.readFileSync(file(0));
    const cases: [string, Buffer, RegExp][] = [
      ['garbage', Buffer.from('garbage\n'), /index-00\.jsonl: not a Sorot index cache; not used|index-00\.jsonl: discarded/],
      ['cut mid-line', original.subarray(0, Math.floor(original.length * 0.6)), /index-00\.jsonl: discarded, /],
      ['cut at a line end', original.subarray(0, original.lastIndexOf('\n', original.length - 2) + 1), /index-00\.jsonl: discarded, truncated/],
      ['empty', Buffer.alloc(0), /index-00\.jsonl: discarded, empty file/],
      ['not UTF-8', Buffer.concat([original.subarray(0, 200), Buffer.from([0xff, 0xfe]), original.subarray(200)]), /index-00\.jsonl: discarded/],
      ['a foreign JSON file', Buffer.from('{"format":"other"}\n'), /index-00\.jsonl: not a Sorot index cache; not used/],
      ['another shard', fs.readFileSync(file(1)), /index-00\.jsonl: discarded, holds shard 1/],
      ['a number where a name is referred to', Buffer.from(original.toString('utf8').replace(/^\[\[[^\]]*\],/m, '[[],')), /index-00\.jsonl: discarded/],
    ];
    for (const [what, bytes, expected] of cases) {
      fs.writeFileSync(file(0), bytes);
      const log: string[] = [];
      const b = store(dir, KEY, log);
      const stats = await b.load();
      assert.equal(log.length, 1, what);
      assert.match(log[0]!, expected, what);
      assert.equal(stats.discarded, 1, what);
      const kept = articles.filter((x) => b.get(x.id));
      assert.ok(kept.length > 0 && kept.length < articles.length, `${what}: the other shards are kept`);
      for (const x of kept) assert.deepEqual(b.get(x.id), x, what);
      assert.ok(b.hasChanges, `${what}: the discarded shard is written again`);
      await b.save();
      const again: string[] = [];
      await store(dir, KEY, again).load();
      assert.deepEqual(again, [], `${what}: the shard written again is valid`);
    }
  });

  it('two windows writing at once leave valid shards, each one of the two versions', async () => {
    const first = store(dir);
    const second = store(dir);
    const other = articles.map((_, i) => article(i, generateArticles(1500, 9000 + i)));
    for (const x of articles) first.put(x);
    for (const x of other) second.put(x);
    for (let round = 0; round < 5; round++) {
      for (const x of articles.slice(round)) first.put({ ...x });
      for (const x of other.slice(round)) second.put({ ...x });
      await Promise.all([first.save(), second.save(), first.save()]);
      const log: string[] = [];
      const reader = store(dir, KEY, log);
      const stats = await reader.load();
      assert.deepEqual(log, []);
      assert.equal(stats.articles, articles.length);
      for (let i = 0; i < articles.length; i++) {
        const got = reader.get(articles[i]!.id);
        assert.ok(got && (isDeep(got, articles[i]!) || isDeep(got, other[i]!)), `article ${i} is one writer's`);
      }
    }
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
  });
});

function isDeep(a: unknown, b: unknown): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
