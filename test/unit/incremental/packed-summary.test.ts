import assert from 'node:assert/strict';
import { generateArticles } from '../../../bench/article-generator';
import { analyze } from '../../../src/core/recognize/analyze';
import { curate, summarizeCurated } from '../../../src/core/curation';
import { contentHash } from '../../../src/core/incremental/hash';
import { StringPool } from '../../../src/core/incremental/compact-summary';
import { PackedSummary } from '../../../src/core/incremental/packed-summary';
import { readTextMetadata } from '../../../src/core/metadata/read-text';
import type { ArticleSummary } from '../../../src/core/incremental/article-summary';

function summaryOf(seed: number): ArticleSummary {
  const text = generateArticles(1500, seed);
  const { outlet, date } = readTextMetadata(text);
  return { ...summarizeCurated(curate(analyze(text), []), contentHash(text)), textMetadata: { ...(outlet ? { outlet } : {}), ...(date ? { date } : {}) } };
}

describe('PackedSummary', () => {
  it('unpacks to a summary equal to the original, field for field', () => {
    const pool = new StringPool();
    for (const seed of [1, 2, 3]) {
      const s = summaryOf(seed);
      assert.ok(s.actors.some((a) => a.entityId) && s.quotes.length > 0 && (s.reported?.length ?? 0) > 0 && s.textMetadata?.outlet, 'a summary with every field');
      assert.ok([...s.quotes, ...(s.reported ?? [])].some((q) => q.snippet.endsWith('…')), 'a cut snippet');
      assert.deepEqual(PackedSummary.pack(s, pool).unpack(), s);
    }
    // Optional fields stay absent, not undefined; empty and odd strings survive.
    const bare: ArticleSummary = { hash: 'h', actors: [{ canonical: 'Budi', type: 'PER', count: 1, surfaces: ['Budi'], first: { start: 0, end: 4 } }], quotes: [{ start: 5, end: 9, speaker: null, snippet: 'ya' }], mentionCount: 1 };
    const c = PackedSummary.pack(bare, pool).unpack();
    assert.deepEqual(c, bare);
    assert.deepEqual(Object.keys(c).sort(), Object.keys(bare).sort());
    assert.deepEqual(Object.keys(c.actors[0]!).sort(), Object.keys(bare.actors[0]!).sort());
    assert.deepEqual(Object.keys(c.quotes[0]!).sort(), Object.keys(bare.quotes[0]!).sort());
    const odd: ArticleSummary = {
      hash: 'h2',
      actors: [],
      quotes: [{ start: 0, end: 3, speaker: 'A', cue: '', snippet: '' }, { start: 4, end: 9, speaker: 'B', snippet: '…' }, { start: 10, end: 20, speaker: null, snippet: 'Tunggu… dulu…' }],
      reported: [{ start: 30, end: 40, speaker: 'A', speakerId: 'a-id', cue: 'menurut', snippet: 'harga “naik”' }],
      mentionCount: 0,
      review: { decided: 0, total: 2 },
    };
    assert.deepEqual(PackedSummary.pack(odd, pool).unpack(), odd);
    // A snippet holding a C1 control character is kept as it is; large offsets survive.
    const raw: ArticleSummary = {
      hash: 'h4',
      actors: [{ canonical: 'Sri', type: 'PER', count: 2, surfaces: ['Sri', 'SRI'], first: { start: 70_000, end: 70_003 }, spans: [70_000, 70_003, 2 ** 31 - 2, 2 ** 31 - 1] }],
      quotes: [{ start: 2_000_000, end: 2_000_100, speaker: 'Sri', snippet: 'kata \u0085 “ini”…' }],
      reported: [],
      mentionCount: 2,
    };
    assert.deepEqual(PackedSummary.pack(raw, pool).unpack(), raw);
    // A number no summary holds (a corrupt cache line) is refused, never stored wrong.
    for (const bad of [-2, 1.5, 2 ** 31, Number.NaN]) {
      assert.throws(() => PackedSummary.pack({ ...bare, mentionCount: 0, quotes: [{ start: bad, end: 9, speaker: null, snippet: 'ya' }] }, pool), /not a number/);
    }
    const noStatements: ArticleSummary = { hash: 'h3', actors: [], quotes: [], mentionCount: 0 };
    assert.deepEqual(PackedSummary.pack(noStatements, pool).unpack(), noStatements);
    assert.equal(PackedSummary.pack(noStatements, pool).statementCount, 0);
  });

  it('answers the index without unpacking: actors, speakers, counts, one actor, one speaker', () => {
    const pool = new StringPool();
    const s = summaryOf(5);
    const p = PackedSummary.pack(s, pool);
    const seen: Array<[string, string, string | undefined, number]> = [];
    p.forEachActor((canonical, type, entityId, count) => seen.push([canonical, type, entityId, count]));
    assert.deepEqual(seen, s.actors.map((a) => [a.canonical, a.type, a.entityId, a.count]));
    for (const [reported, expected] of [[false, s.quotes], [true, s.reported ?? []]] as const) {
      const heard: string[] = [];
      p.forEachSpeaker(reported, (speaker) => heard.push(speaker));
      assert.deepEqual(heard, expected.map((x) => x.speaker).filter((x) => x !== null), `forEachSpeaker(${reported})`);
    }
    assert.deepEqual([p.actorCount, p.quoteCount, p.statementCount], [s.actors.length, s.quotes.length, s.reported?.length ?? 0]);
    for (const a of s.actors) assert.deepEqual(p.actor(a.canonical), a);
    assert.equal(p.actor('Nobody Here'), undefined);
    const speaker = s.quotes.find((q) => q.speaker !== null)!.speaker!;
    assert.deepEqual(p.quotesBy(speaker), s.quotes.filter((q) => q.speaker === speaker));
    const teller = s.reported!.find((r) => r.speaker !== null)!.speaker!;
    assert.deepEqual(p.statementsBy(teller), s.reported!.filter((r) => r.speaker === teller));
    assert.equal(p.actorNames().join(' '), s.actors.map((a) => [a.canonical, ...a.surfaces].join(' ')).join(' '));
    assert.equal(p.hash, s.hash);
    assert.equal(p.mentionCount, s.mentionCount);
    assert.deepEqual(p.textMetadata, s.textMetadata);
  });

  it('keeps each name once in the pool however many summaries carry it', () => {
    const pool = new StringPool();
    const s = summaryOf(4);
    PackedSummary.pack(s, pool);
    const after = pool.size;
    const again = PackedSummary.pack(summaryOf(4), pool);
    assert.equal(pool.size, after, 'the same article again adds no name');
    const names = new Set<string>();
    for (const a of s.actors) [a.canonical, a.type, ...a.surfaces, ...(a.entityId ? [a.entityId] : [])].forEach((x) => names.add(x));
    for (const q of [...s.quotes, ...(s.reported ?? [])]) {
      if (q.speaker) names.add(q.speaker);
      if (q.speakerId) names.add(q.speakerId);
      if (q.cue) names.add(q.cue);
    }
    assert.ok(pool.size >= names.size, `${pool.size} pooled, ${names.size} names`);
    // The packed names are the pool's own strings.
    for (const a of again.unpack().actors) assert.equal(a.canonical, pool.intern(a.canonical));
    pool.clear();
    assert.equal(pool.size, 0);
  });

});
