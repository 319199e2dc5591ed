import * as assert from 'node:assert/strict';
import { Int32Runs } from '../../../src/core/incremental/int32-runs';
import { StringPool } from '../../../src/core/incremental/compact-summary';
import { PackedSummary } from '../../../src/core/incremental/packed-summary';
import { summarize } from '../../../src/core/incremental/article-summary';
import { analyze } from '../../../src/core/recognize/analyze';
import { contentHash } from '../../../src/core/incremental/hash';
import { generateArticles } from '../../../bench/article-generator';

describe('shared names (a cache shard\'s summaries\' names)', () => {
  it('a summary restored with its shard\'s names gives the names, actors and parts of the one packed', () => {
    const text = generateArticles(1500, 77);
    const packed = PackedSummary.pack(summarize(analyze(text), contentHash(text)), new StringPool());
    const parts = packed.parts();
    // A table with other strings around the summary's, as a shard's is.
    const table = ['other', ...parts.names, 'more'];
    const blocks = new Int32Runs();
    blocks.take(5);
    const at = blocks.take(parts.names.length);
    parts.names.forEach((_, k) => (blocks.block[at + k] = k + 1));
    const shared = PackedSummary.restore({ ...parts, names: { table, refs: blocks.block, at, count: parts.names.length } });
    assert.deepEqual(shared.parts(), parts);
    assert.deepEqual(shared.unpack(), packed.unpack());
    assert.deepEqual(shared.actorNames(), packed.actorNames());
    for (let k = 0; k < parts.names.length; k++) {
      assert.equal(shared.nameAt(k), parts.names[k]);
      assert.equal(shared.nameIndex(parts.names[k]!), packed.nameIndex(parts.names[k]!));
    }
    assert.equal(shared.nameAt(parts.names.length), undefined, 'no name past the summary\'s, though the table goes on');
    assert.equal(shared.nameAt(-1), undefined);
    assert.equal(shared.nameIndex('other'), -1, 'a string of the table that is not the summary\'s');
  });
});
