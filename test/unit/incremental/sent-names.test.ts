// A worker sends each name once (sent-names.ts); the host's summaries keep their names as
// numbers in its pool's table and must unpack to what pack() on the host gives.
import assert from 'node:assert/strict';
import { generateArticles } from '../../../bench/article-generator';
import { analyze } from '../../../src/core/recognize/analyze';
import { curate, summarizeCurated } from '../../../src/core/curation';
import { contentHash } from '../../../src/core/incremental/hash';
import { StringPool } from '../../../src/core/incremental/compact-summary';
import { PackedSummary, type SentParts } from '../../../src/core/incremental/packed-summary';
import { NameReceiver, NameSender } from '../../../src/core/incremental/sent-names';
import { readTextMetadata } from '../../../src/core/metadata/read-text';
import type { ArticleSummary } from '../../../src/core/incremental/article-summary';

function summaryOf(seed: number): ArticleSummary {
  const text = generateArticles(1500, seed);
  const { outlet, date } = readTextMetadata(text);
  return { ...summarizeCurated(curate(analyze(text), []), contentHash(text)), textMetadata: { ...(outlet ? { outlet } : {}), ...(date ? { date } : {}) } };
}

/** What a worker's task sends for `s` (recognition-task.ts packedSummaryWith). */
function sent(s: ArticleSummary, sender: NameSender): SentParts {
  const { names, ...parts } = PackedSummary.pack(s, new StringPool()).parts();
  return { ...parts, ...sender.send(names) };
}

describe('names sent once by a worker', () => {
  const summaries = [11, 12, 13, 14].map(summaryOf);

  it('sends a name the first time only, and the host gets summaries equal to its own', () => {
    const sender = new NameSender();
    const receiver = new NameReceiver();
    const pool = new StringPool();
    const mine = new StringPool();
    let newNames = 0;
    for (const s of summaries) {
      const parts = sent(s, sender);
      newNames += parts.newNames.length;
      receiver.receive(parts.newNames);
      const summary = PackedSummary.received({ parts, names: receiver }, pool);
      assert.deepEqual(summary.unpack(), s);
      assert.deepEqual(summary.parts(), PackedSummary.pack(s, mine).parts());
      // The names are the pool's strings.
      for (let k = 0; summary.nameAt(k) !== undefined; k++) assert.equal(pool.table[pool.numberOf(summary.nameAt(k) as string)], summary.nameAt(k));
    }
    const distinct = new Set(summaries.flatMap((s) => PackedSummary.pack(s, new StringPool()).parts().names));
    assert.equal(newNames, distinct.size, 'each distinct name sent once');
    // The pool holds them and the metadata's values and readers, nothing else.
    const metadataValues = new Set(summaries.flatMap((s) => [s.textMetadata?.outlet, s.textMetadata?.date].flatMap((r) => [r?.value, r?.reader]).filter((v) => typeof v === 'string')));
    assert.deepEqual(new Set(pool.table), new Set([...distinct, ...metadataValues]));
  });

  it('keeps the data of one worker\'s summaries in its byte blocks, and a snippet above U+00FF as a string', () => {
    const sender = new NameSender();
    let made = 0;
    const receiver = new NameReceiver((bytes) => {
      made++;
      return Buffer.from(bytes).toString('latin1');
    });
    const pool = new StringPool();
    const wide: ArticleSummary = {
      hash: 'h-wide',
      actors: [{ canonical: 'Sri', type: 'PER', count: 1, surfaces: ['Sri'], first: { start: 0, end: 3 } }],
      quotes: [{ start: 10, end: 30, speaker: 'Sri', snippet: 'kata \u0085 “ini”…' }],
      reported: [],
      mentionCount: 1,
    };
    for (const s of [...summaries, wide]) {
      const parts = sent(s, sender);
      receiver.receive(parts.newNames);
      const summary = PackedSummary.received({ parts, names: receiver }, pool);
      const before = made;
      // Its numbers are read where they are kept; strings are made of what is unpacked.
      summary.forEachActor(() => undefined);
      summary.forEachSpeaker(false, () => undefined);
      assert.equal(made, before, 'the numbers read without a string of the data');
      assert.deepEqual(summary.unpack(), s);
      assert.deepEqual(summary.parts(), PackedSummary.pack(s, new StringPool()).parts());
      if (s === wide) assert.equal(made, before, 'two-byte data kept as its string');
      else assert.ok(made > before, 'the snippets made from the block\'s bytes');
    }
  });

  it('refuses a summary whose data does not hold what its counts say, as a cache line is refused', () => {
    const sender = new NameSender();
    const receiver = new NameReceiver();
    const parts = sent(summaries[0] as ArticleSummary, sender);
    receiver.receive(parts.newNames);
    const pool = new StringPool();
    assert.throws(() => PackedSummary.received({ parts: { ...parts, data: parts.data.slice(0, -1) }, names: receiver }, pool), /wrong length/);
    assert.throws(() => PackedSummary.received({ parts: { ...parts, actorCount: parts.actorCount + 1 }, names: receiver }, pool));
    // The refused ones took nothing: the next summary reads back whole.
    assert.deepEqual(PackedSummary.received({ parts, names: receiver }, pool).unpack(), summaries[0]);
  });

  it('gives the articles with the same metadata one object, its values pooled', () => {
    const sender = new NameSender();
    const receiver = new NameReceiver();
    const pool = new StringPool();
    const s = summaries[0] as ArticleSummary;
    assert.ok(s.textMetadata?.outlet);
    const twice = [s, { ...s, hash: 'other' }].map((x) => {
      const parts = sent(x, sender);
      receiver.receive(parts.newNames);
      return PackedSummary.received({ parts, names: receiver }, pool);
    });
    assert.equal(twice[0]?.textMetadata, twice[1]?.textMetadata);
    assert.equal(twice[0]?.textMetadata?.outlet?.value, pool.intern(s.textMetadata.outlet.value));
  });

  it('numbers the names again in a cleared pool, and refuses a number never sent', () => {
    const sender = new NameSender();
    const receiver = new NameReceiver();
    const pool = new StringPool();
    const first = sent(summaries[0] as ArticleSummary, sender);
    receiver.receive(first.newNames);
    PackedSummary.received({ parts: first, names: receiver }, pool);
    pool.clear();
    // The same names again: none new for the worker, all new for the cleared pool.
    const again = sent(summaries[0] as ArticleSummary, sender);
    assert.deepEqual(again.newNames, []);
    receiver.receive(again.newNames);
    const summary = PackedSummary.received({ parts: again, names: receiver }, pool);
    assert.deepEqual(summary.unpack(), summaries[0]);
    for (const name of first.newNames) assert.equal(pool.intern(name), pool.table[pool.numberOf(name)]);
    assert.ok(pool.size >= first.newNames.length);
    assert.throws(() => receiver.shared([first.newNames.length + 5], pool), /never sent/);
  });
});
