import assert from 'node:assert/strict';
import { generateArticles } from '../../../bench/article-generator';
import { analyze } from '../../../src/core/recognize/analyze';
import { curate, summarizeCurated } from '../../../src/core/curation';
import { contentHash } from '../../../src/core/incremental/hash';
import { compactSummary, detached, StringPool } from '../../../src/core/incremental/compact-summary';
import { readTextMetadata } from '../../../src/core/metadata/read-text';
import type { ArticleSummary } from '../../../src/core/incremental/article-summary';

function summaryOf(seed: number): ArticleSummary {
  const text = generateArticles(1500, seed);
  const { outlet, date } = readTextMetadata(text);
  return { ...summarizeCurated(curate(analyze(text), []), contentHash(text)), textMetadata: { ...(outlet ? { outlet } : {}), ...(date ? { date } : {}) } };
}

describe('compactSummary', () => {
  it('gives a summary equal to the original, field for field', () => {
    const pool = new StringPool();
    for (const seed of [1, 2, 3]) {
      const s = summaryOf(seed);
      assert.ok(s.actors.some((a) => a.entityId) && s.quotes.length > 0 && (s.reported?.length ?? 0) > 0 && s.textMetadata?.outlet, 'a summary with every field');
      assert.deepEqual(compactSummary(s, pool), s);
    }
    // Optional fields stay absent, not undefined.
    const bare: ArticleSummary = { hash: 'h', actors: [{ canonical: 'Budi', type: 'PER', count: 1, surfaces: ['Budi'], first: { start: 0, end: 4 } }], quotes: [{ start: 5, end: 9, speaker: null, snippet: 'ya' }], mentionCount: 1 };
    const c = compactSummary(bare, pool);
    assert.deepEqual(c, bare);
    assert.deepEqual(Object.keys(c).sort(), Object.keys(bare).sort());
    assert.deepEqual(Object.keys(c.actors[0]!).sort(), Object.keys(bare.actors[0]!).sort());
    assert.deepEqual(Object.keys(c.quotes[0]!).sort(), Object.keys(bare.quotes[0]!).sort());
  });

  it('keeps each name once in the pool however many summaries carry it', () => {
    const pool = new StringPool();
    const s = summaryOf(4);
    compactSummary(s, pool);
    const after = pool.size;
    compactSummary(summaryOf(4), pool);
    assert.equal(pool.size, after, 'the same article again adds no name');
    const names = new Set<string>();
    for (const a of s.actors) [a.canonical, a.type, ...a.surfaces, ...(a.entityId ? [a.entityId] : [])].forEach((x) => names.add(x));
    for (const q of [...s.quotes, ...(s.reported ?? [])]) {
      if (q.speaker) names.add(q.speaker);
      if (q.speakerId) names.add(q.speakerId);
      if (q.cue) names.add(q.cue);
    }
    assert.ok(pool.size >= names.size, `${pool.size} pooled, ${names.size} names`);
    pool.clear();
    assert.equal(pool.size, 0);
  });

  it('detached copies are equal strings', () => {
    const text = 'Menteri Luar Negeri Sugiono mengatakan bahwa';
    assert.equal(detached(text.slice(8, 27)), 'Luar Negeri Sugiono');
    assert.equal(detached(''), '');
  });
});
