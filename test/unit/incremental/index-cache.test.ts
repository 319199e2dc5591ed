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
  shardOf,
  stampIsTrustworthy,
} from '../../../src/core/incremental/index-cache';
import { joinBytes } from '../../../src/core/text/decode';
import { portableOneByteText } from '../../../src/core/incremental/data-blocks';
import { IndexCacheStore, shardFileName } from '../../../src/core/incremental/index-cache-store';
import { NAMES_FILE } from '../../../src/core/incremental/index-cache-names';
import { CorpusIndex } from '../../../src/core/incremental/corpus-index';
import { cachedArticle, dataAt, folderFiles, spoilLastData } from './cache-fixtures';

const KEY = cacheKey(RECOGNIZER_VERSION, '{"entities":[]}');

function article(i: number, text = generateArticles(1500, 500 + i)): CachedArticle {
  return cachedArticle(i, text);
}

/** Feeds a shard file's bytes to the decoder, record by record, as the store does. */
function decoded(dec: ShardDecoder, bytes: Uint8Array): ShardDecoder {
  for (let pos = 0; pos < bytes.length; ) pos = dec.record(bytes, pos);
  return dec;
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
    // A snippet with characters above U+00FF: its data is written as UTF-8, the others'
    // a byte per character.
    const wide: CachedArticle = {
      id: 'file:///wide.txt',
      correctionsKey: '',
      summary: PackedSummary.pack(summarize({ actors: [], quotes: [{ start: 0, end: 20, text: '"Salam dari 北京 \u{1F600}"', speaker: null }] }, 'w'), new StringPool()),
      stamp: { mtime: 5, size: 20 },
    };
    const encodingOf = (e: Uint8Array): unknown => (JSON.parse(new TextDecoder().decode(e.subarray(0, e.indexOf(0x0a)))) as unknown[]).at(-1);
    const probe = new ShardEncoder(KEY, 0);
    assert.deepEqual([encodingOf(probe.entry(articles[0]!)), encodingOf(probe.entry(wide))], [0, 1]);
    const bytes = joinBytes([enc.header(), ...articles.map((a) => enc.entry(a)), enc.entry(special), enc.entry(wide), enc.trailer()]);
    const dec = decoded(new ShardDecoder(KEY, 0), bytes);
    const result = dec.finish();
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problem));
    assert.deepEqual(asWritten(result.entries), asWritten([...articles, special, wide]));
    const plain = articles.reduce((n, a) => n + JSON.stringify({ ...a, summary: a.summary.unpack() }).length, 0);
    const encoded = bytes.length;
    assert.ok(encoded < plain / 2, `encoded ${encoded} bytes, plain JSON ${plain} chars`);
    // Without Node's one-byte decoding (the web extension host), the same entries.
    const portable = decoded(new ShardDecoder(KEY, 0, undefined, portableOneByteText), bytes).finish();
    assert.ok(portable.ok);
    assert.deepEqual(asWritten(portable.entries), asWritten([...articles, special, wide]));
  });

  it('a summary read back reads its numbers from the shard\'s bytes, making strings only of what it unpacks', () => {
    const written = articles.slice(0, 3);
    const enc = new ShardEncoder(KEY, 0);
    const bytes = joinBytes([enc.header(), ...written.map((a) => enc.entry(a)), enc.trailer()]);
    let made = 0;
    const result = decoded(new ShardDecoder(KEY, 0, undefined, (b) => {
      made++;
      return portableOneByteText(b);
    }), bytes).finish();
    assert.ok(result.ok);
    for (const [k, e] of result.entries.entries()) {
      // Read twice: the data stays in the bytes after its first read.
      const plain = written[k]!.summary.unpack();
      for (let round = 0; round < 2; round++) {
        const names: string[] = [];
        e.summary.forEachActor((canonical) => names.push(canonical));
        e.summary.forEachSpeaker(false, (speaker) => names.push(speaker));
        assert.deepEqual(names, [...plain.actors.map((x) => x.canonical), ...plain.quotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker]))]);
      }
      assert.ok(plain.quotes.some((q) => q.snippet), 'an article with a snippet');
      assert.equal(made, 0, 'no string of the data for the totals');
      assert.deepEqual(e.summary.unpack(), plain);
      assert.ok(made > 0, 'the snippets made from the bytes');
      made = 0;
    }
  });

  it('articles written with the same text metadata share one object after decoding, equal to what was written', () => {
    const withMetadata = (i: number, outlet: string, start: number): CachedArticle => ({
      id: `file:///meta-${i}.txt`,
      correctionsKey: '',
      summary: PackedSummary.pack({
        ...summarize({ actors: [], quotes: [] }, `m${i}`),
        review: { decided: i, total: 4 },
        textMetadata: { outlet: { value: outlet, confidence: 0.95, start, end: start + outlet.length, reader: 'dateline' } as never },
      }, new StringPool()),
    });
    const written = [withMetadata(0, 'ANTARA', 60), withMetadata(1, 'ANTARA', 60), withMetadata(2, 'ANTARA', 74), withMetadata(3, 'Kompas.com', 60), withMetadata(4, 'ANTARA', 60)];
    const enc = new ShardEncoder(KEY, 0);
    const bytes = joinBytes([enc.header(), ...written.map((a) => enc.entry(a)), enc.trailer()]);
    const result = decoded(new ShardDecoder(KEY, 0), bytes).finish();
    assert.ok(result.ok);
    // Equal field for field to what was written, unpacked too.
    assert.deepEqual(asWritten(result.entries), asWritten(written));
    assert.deepEqual(result.entries.map((e) => e.summary.unpack()), written.map((a) => a.summary.unpack()));
    const metadata = result.entries.map((e) => e.summary.textMetadata);
    // One object per distinct metadata: 0, 1 and 4 alike; 2 elsewhere in the text; 3 another outlet.
    assert.equal(metadata[0], metadata[1]);
    assert.equal(metadata[0], metadata[4]);
    assert.equal(new Set(metadata).size, 3);
    // Its value one string for every article (pooled), and shared objects no one may change.
    assert.equal(metadata[0]!.outlet!.value, metadata[2]!.outlet!.value);
    assert.ok(Object.isFrozen(metadata[0]) && Object.isFrozen(metadata[0]!.outlet));
  });

  it('a shard of many articles decodes each as it is read, in order, UTF-8 ones among them; a bad summary late in it is found when its data is checked', () => {
    const wide = (i: number): CachedArticle => ({
      id: `file:///wide-${i}.txt`,
      correctionsKey: '',
      summary: PackedSummary.pack(summarize({ actors: [], quotes: [{ start: 0, end: 20, text: `"Salam ${i} dari 北京"`, speaker: null }] }, `w${i}`), new StringPool()),
    });
    // 600 articles of about a kilobyte of data each: three chunks of 256 kB and more.
    const many: CachedArticle[] = [];
    for (let i = 0; i < 600; i++) {
      const a = articles[i % articles.length]!;
      many.push(i % 97 === 0 ? wide(i) : { ...a, id: `${a.id}-${i}` });
    }
    const enc = new ShardEncoder(KEY, 0);
    const entries = many.map((a) => enc.entry(a));
    const dataBytes = entries.reduce((n, e) => n + e.length - e.indexOf(0x0a), 0);
    assert.ok(dataBytes > 2 * 256 * 1024, `${dataBytes} bytes of data`);
    const bytes = joinBytes([enc.header(), ...entries, enc.trailer()]);
    const dec = new ShardDecoder(KEY, 0);
    let pos = dec.record(bytes, 0); // the header
    pos = dec.record(bytes, pos);
    assert.equal(dec.entries.length, 1, 'the first article decoded with its record');
    for (; pos < bytes.length; ) pos = dec.record(bytes, pos);
    const result = dec.finish();
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problem));
    // One-byte data stays in the file's bytes, unchecked, until it is read.
    const inFile = result.entries.filter((e) => !e.summary.dataChecked).length;
    assert.equal(inFile, many.filter((_, i) => i % 97 !== 0).length);
    assert.deepEqual(asWritten(result.entries), asWritten(many));
    assert.ok(result.entries.every((e) => e.summary.dataChecked), 'checked when read');
    // The first article's data with a name it does not have (as in the test below), 500th.
    const bad = enc.entry(articles[0]!).slice();
    bad[dataAt(bad)] = 0x7e;
    const spoiled = joinBytes([enc.header(), ...entries.slice(0, 500), bad, ...entries.slice(500), enc.trailer()]);
    assert.ok(corruptFound(decoded(new ShardDecoder(KEY, 0), spoiled)));
  });

  it('an article line whose packed summary does not hold what its counts say is corrupt, never trusted', () => {
    const enc = new ShardEncoder(KEY, 0);
    const header = enc.header();
    const entry = enc.entry(articles[0]!);
    const trailer = enc.trailer();
    // The entry as ShardEncoder.entry writes it: a line, then the names' positions and
    // the data's bytes and a newline. The line's fields: 13 before the text metadata (its
    // string's number), then the name count, the positions' length in bytes, where the
    // snippets start in the data, the data's length in bytes and its encoding (0: a byte
    // per character).
    const cut = entry.indexOf(0x0a);
    const line = JSON.parse(new TextDecoder().decode(entry.subarray(0, cut))) as unknown[];
    const positions = entry.subarray(cut + 1, dataAt(entry));
    const data = entry.subarray(dataAt(entry), entry.length - 1);
    const names = line[14] as number;
    const snippetsAt = line[16] as number;
    const record = (l: unknown[], p: Uint8Array, d: Uint8Array): Uint8Array => joinBytes([header, new TextEncoder().encode(`${JSON.stringify(l)}\n`), p, d, new Uint8Array([0x0a]), trailer]);
    /** The line edited, its data and positions replaced (and their lengths and the
     *  snippets' start with them). */
    const changed = (edit: (l: unknown[]) => void, d = data, numbers = snippetsAt, p = positions): Uint8Array => {
      const copy = structuredClone(line);
      copy[15] = p.length;
      copy[16] = numbers;
      copy[17] = d.length;
      edit(copy);
      return record(copy, p, d);
    };
    const spliced = (at: number, remove: number, ...add: number[]): Uint8Array => new Uint8Array([...data.subarray(0, at), ...add, ...data.subarray(at + remove)]);
    /** The positions with the first one's bytes replaced by `bytes`. */
    const firstPosition = (...bytes: number[]): Uint8Array => new Uint8Array([...bytes, ...positions.subarray(positions.findIndex((b) => b < 0x80) + 1)]);
    const cases: [string, Uint8Array][] = [
      ['numbers cut short', changed(() => undefined, spliced(snippetsAt - 3, 3), snippetsAt - 3)],
      ['one number too many', changed(() => undefined, spliced(snippetsAt, 0, 5), snippetsAt + 1)],
      ['a snippet cut short', changed(() => undefined, data.subarray(0, -1))],
      ['a name referred to that the article does not have', changed(() => undefined, spliced(0, 1, 0x7e))],
      ['data that is not UTF-8 where the line says UTF-8', changed((l) => (l[18] = 1))],
      ['data longer than the file', changed((l) => (l[17] = data.length + 5))],
      ['data shorter than the line says', changed((l) => (l[17] = data.length - 5))],
      ['an unknown data encoding', changed((l) => (l[18] = 7))],
      ['snippets past the end of the data', changed(() => undefined, data, data.length + 1)],
      ['a count larger than the data', changed((l) => (l[9] = (l[9] as number) + 1))],
      ['a negative count', changed((l) => (l[10] = -2))],
      ['a name that is not in the shard', changed(() => undefined, data, snippetsAt, firstPosition(0x8f, 0x4e))],
      ['a name position of too many digits', changed(() => undefined, data, snippetsAt, firstPosition(0x80, 0x80, 0x80, 0x80, 0x01))],
      ['name positions cut short', changed(() => undefined, data, snippetsAt, positions.subarray(0, -1))],
      ['name positions longer than their count', changed(() => undefined, data, snippetsAt, new Uint8Array([...positions, 0]))],
      ['a name count larger than the positions', changed((l) => (l[14] = names + 1))],
      ['a negative name count', changed((l) => (l[14] = -1))],
      ['text metadata that is not in the shard', changed((l) => (l[13] = 9999))],
      ['text metadata that is not a whole number', changed((l) => (l[13] = 0.5))],
      ['text metadata whose string is no metadata (a name)', changed((l) => (l[13] = 0))],
    ];
    assert.ok(names > 0 && snippetsAt > 10, 'the sample article has names and numbers');
    assert.equal(line[18], 0, 'the sample article\'s data is a byte per character');
    assert.ok(new TextDecoder().decode(data).includes('\ufffd'), 'the sample article\'s data is not UTF-8');
    for (const [what, bad] of cases) assert.ok(corruptFound(decoded(new ShardDecoder(KEY, 0), bad)), what);
    // The unchanged line decodes: the cases above fail for what they changed.
    assert.equal(corruptFound(decoded(new ShardDecoder(KEY, 0), changed(() => undefined))), false);
  });

  it('a decoder given a pool takes every name from it, and the entries stay exact', () => {
    const enc = new ShardEncoder(KEY, 0);
    const bytes = joinBytes([enc.header(), ...articles.map((a) => enc.entry(a)), enc.trailer()]);
    const pool = new StringPool();
    const dec = decoded(new ShardDecoder(KEY, 0, pool), bytes);
    const result = dec.finish();
    assert.ok(result.ok);
    assert.deepEqual(asWritten(result.entries), asWritten(articles));
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
    for (const x of articles) assert.deepEqual(asWritten(b.get(x.id)), asWritten(x));
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

  it('a shard of the format before (name positions in the lines, version 5) is foreign: one log line, its articles written again in this format', async () => {
    const a = store(dir);
    for (const x of articles) a.put(x);
    await a.save();
    // The header of an older Sorot's shard: the reader stops there, whatever follows.
    for (let s = 0; s < 4; s++) {
      const file = path.join(dir, shardFileName(s));
      const bytes = fs.readFileSync(file);
      const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as Record<string, unknown>;
      fs.writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify({ ...header, version: 5 })), bytes.subarray(bytes.indexOf(0x0a))]));
    }
    const log: string[] = [];
    const b = store(dir, KEY, log);
    const stats = await b.load();
    assert.equal(stats.articles, 0);
    assert.equal(stats.discarded, 4);
    assert.deepEqual(log, ['4 shards not used (index-00.jsonl: format version 5, not 6, ...); their articles are indexed again']);
    assert.ok(b.hasChanges);
    for (const x of articles) b.put(x);
    await b.save();
    const again: string[] = [];
    const c = store(dir, KEY, again);
    assert.equal((await c.load()).articles, articles.length);
    assert.deepEqual(again, []);
    for (const x of articles) assert.deepEqual(asWritten(c.get(x.id)), asWritten(x));
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
    assert.deepEqual(asWritten(c.get(changed.id)), asWritten(changed));
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
      ['a number where a name is referred to', Buffer.from(original.toString('latin1').replace(/^\[\[[^\]]*\],/m, '[[],'), 'latin1'), /index-00\.jsonl: discarded/],
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
      for (const x of kept) assert.deepEqual(asWritten(b.get(x.id)), asWritten(x), what);
      assert.ok(b.hasChanges, `${what}: the discarded shard is written again`);
      await b.save();
      const again: string[] = [];
      await store(dir, KEY, again).load();
      assert.deepEqual(again, [], `${what}: the shard written again is valid`);
    }
  });

  it('a shard whose summary data is corrupt loads, and is discarded once checked: verify(), sound() or save(), with a log line, its articles told', async () => {
    const a = store(dir);
    for (const x of articles) a.put(x);
    await a.save();
    const file = path.join(dir, shardFileName(0));
    const original = fs.readFileSync(file);
    const spoiled = spoilLastData(original);
    const inShard0 = (b: IndexCacheStore): CachedArticle[] => articles.filter((x) => b.get(x.id) && shardOf(x.id, 4) === 0);
    const ways: [string, (b: IndexCacheStore) => Promise<void>][] = [
      ['verify', async (b) => assert.equal(await b.verify(), 1)],
      ['sound', async (b) => {
        const results = articles.map((x) => b.get(x.id)).filter((e): e is CachedArticle => e !== undefined).map((e) => b.sound(e));
        assert.equal(results.filter((ok) => !ok).length, 1, 'one summary found corrupt, its shard gone');
      }],
      ['save', async (b) => {
        const first = articles.find((x) => shardOf(x.id, 4) === 0) as CachedArticle;
        b.put({ ...first, correctionsKey: 'c1@1:0-4;' });
        await b.save();
      }],
    ];
    for (const [what, check] of ways) {
      fs.writeFileSync(file, spoiled);
      const log: string[] = [];
      const told: string[][] = [];
      const b = new IndexCacheStore(folderFiles(dir), KEY, { pause: () => new Promise((r) => setImmediate(r)), log: (l) => log.push(l), shards: 4, discarded: (ids) => told.push(ids) });
      const stats = await b.load();
      assert.equal(stats.discarded, 0, `${what}: the lines and lengths are valid`);
      const shard0 = inShard0(b);
      assert.ok(shard0.length > 1, `${what}: shard 0 holds articles`);
      await check(b);
      assert.equal(log.length, 1, `${what}: ${log.join(' | ')}`);
      assert.match(log[0]!, /^index-00\.jsonl: discarded, summary number \d+ out of range; its articles are indexed again$/, what);
      assert.deepEqual(told.flat().sort(), shard0.map((x) => x.id).sort(), `${what}: the shard's articles told`);
      assert.deepEqual(inShard0(b), [], `${what}: none of them kept`);
      assert.ok(articles.some((x) => b.get(x.id)), `${what}: the other shards kept`);
      await b.save();
      const again: string[] = [];
      const c = store(dir, KEY, again);
      await c.load();
      assert.equal(await c.verify(), 0, `${what}: the shard written again is valid`);
      assert.deepEqual(again, [], what);
      fs.writeFileSync(file, original);
    }
  });

  it('a corrupt summary restored with the names file is checked before the index reads it: get, remove and put discard its shard, never throw', async () => {
    await saveWithNames(dir, articles);
    const file = path.join(dir, shardFileName(0));
    const original = fs.readFileSync(file);
    const spoiled = spoilLastData(original);
    fs.writeFileSync(file, spoiled);
    const fresh = article(99);
    const ways: [string, (index: CorpusIndex, id: string) => void][] = [
      ['get', (index, id) => assert.equal(index.get(id), undefined)],
      ['remove', (index, id) => assert.equal(index.remove(id), false)],
      ['put', (index, id) => index.put(id, fresh.summary)],
    ];
    for (const [what, use] of ways) {
      const log: string[] = [];
      const told: string[][] = [];
      const index = new CorpusIndex();
      // As the corpus service does: a discarded shard's articles are indexed again from
      // an empty index (taking a corrupt summary's totals out would read its data).
      const b = new IndexCacheStore(folderFiles(dir), KEY, { pause: () => new Promise((r) => setImmediate(r)), log: (l) => log.push(l), shards: 4, discarded: (ids) => { told.push(ids); index.clear(); } });
      const stats = await b.load();
      assert.equal(stats.discarded, 0, `${what}: the lines and lengths are valid`);
      assert.ok(stats.names > 0, `${what}: the names file is used`);
      const loaded = b.takeNames()!;
      assert.ok(await index.restore(loaded.articles, loaded.names));
      index.sound = (id, summary) => {
        const e = b.get(id);
        return e?.summary === summary ? b.sound(e) : (summary.checkData(), true);
      };
      const shard0 = loaded.articles.filter((x) => shardOf(x.id, 4) === 0);
      const id = shard0[shard0.length - 1]!.id;
      use(index, id);
      assert.equal(log.length, 1, `${what}: ${log.join(' | ')}`);
      assert.match(log[0]!, /^index-00\.jsonl: discarded, summary number \d+ out of range; its articles are indexed again$/, what);
      assert.deepEqual(told.flat().sort(), shard0.map((x) => x.id).sort(), `${what}: the shard's articles told once`);
      assert.deepEqual([...index.ids()], what === 'put' ? [id] : [], `${what}: the index is built again`);
      if (what === 'put') assert.equal(index.total(fresh.summary.actorNames()[0]!)?.articles, 1, 'the new summary counted');
    }
    fs.writeFileSync(file, original);
  });

  it('the names file is not read ahead once a shard is found dirty: it would not be used', async () => {
    await saveWithNames(dir, articles);
    assert.ok(fs.existsSync(path.join(dir, NAMES_FILE)));
    const read: string[] = [];
    const files = folderFiles(dir);
    const counting = { ...files, read: (name: string) => (read.push(name), files.read(name)) };
    const whole = new IndexCacheStore(counting, KEY, { pause: () => new Promise((r) => setImmediate(r)), log: () => undefined, shards: 4 });
    assert.ok((await whole.load()).names > 0);
    assert.ok(read.includes(NAMES_FILE), 'read when every shard is as written');
    read.length = 0;
    fs.rmSync(path.join(dir, shardFileName(0)));
    const missing = new IndexCacheStore(counting, KEY, { pause: () => new Promise((r) => setImmediate(r)), log: () => undefined, shards: 4 });
    assert.equal((await missing.load()).names, 0);
    assert.deepEqual(read, [0, 1, 2, 3].map(shardFileName), 'the shards read, not the names file');
  });

  it('a shard read ahead is decoded in the slice under way; one still being read, after a pause', async () => {
    // The pause puts the decoding in the sliced tasks' turn, not in the read's callback
    // (TimeSlices.afterWait); after every shard, a warm reopen waited for the other
    // tasks' slices once per shard though the shard was there.
    await saveWithNames(dir, articles);
    const bytes = new Map<string, Buffer>(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]));
    const pausesWith = async (slow: string | undefined): Promise<number> => {
      let pauses = 0;
      const files = {
        ...folderFiles(dir),
        read: async (name: string) => {
          if (name === slow) await new Promise((r) => setTimeout(r, 5));
          return bytes.get(name);
        },
      };
      // No budget to spend: every pause is one for a read.
      const loading = new IndexCacheStore(files, KEY, { pause: () => (pauses++, new Promise((r) => setImmediate(r))), log: () => undefined, shards: 4, budgetMs: Infinity });
      const stats = await loading.load();
      assert.equal(stats.articles, articles.length);
      assert.ok(stats.names > 0);
      return pauses;
    };
    assert.equal(await pausesWith(undefined), 2, 'the first shard and the names file, taken as their reads start');
    assert.equal(await pausesWith(shardFileName(2)), 3, 'and the shard whose read was not done');
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
        assert.ok(got && (isDeep(asWritten(got), asWritten(articles[i]!)) || isDeep(asWritten(got), asWritten(other[i]!))), `article ${i} is one writer's`);
      }
    }
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
  });
});

/** Saves the articles' shards and the names file of an index holding just them. */
async function saveWithNames(dir: string, articles: readonly CachedArticle[]): Promise<void> {
  const a = store(dir);
  for (const x of articles) a.put(x);
  const index = new CorpusIndex();
  for (const x of articles) index.put(x.id, x.summary);
  await a.save((held, slices) => index.savedNames(held, slices));
}

/** Whether the shard is found corrupt: by the decoder, or once its summaries' data is
 *  checked (PackedSummary.restoreInFile leaves that for later). */
function corruptFound(dec: ShardDecoder): boolean {
  const result = dec.finish();
  if (!result.ok) return result.problem.kind === 'corrupt';
  return result.entries.some((e) => {
    try {
      e.summary.checkData();
      return false;
    } catch {
      return true;
    }
  });
}

/** What the cache writes of articles, to compare them: a summary read back keeps its
 *  names as its shard's (shared-names.ts), one packed here an array of its own. */
function asWritten<T extends CachedArticle | CachedArticle[] | undefined>(a: T): unknown {
  const one = (x: CachedArticle): unknown => ({ ...x, summary: x.summary.parts() });
  return Array.isArray(a) ? a.map(one) : a === undefined ? undefined : one(a as CachedArticle);
}

function isDeep(a: unknown, b: unknown): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
