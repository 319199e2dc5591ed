import * as assert from 'node:assert/strict';
import { Int32Runs } from '../../../src/core/incremental/int32-runs';
import { StringPool } from '../../../src/core/incremental/compact-summary';
import { PackedSummary } from '../../../src/core/incremental/packed-summary';
import { namePositionBytes, readNamePositions } from '../../../src/core/incremental/shared-names';
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

  it('name positions as a shard writes them read back exactly, and any doubt about them throws', () => {
    const written = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 21, 2 ** 28 - 1];
    const bytes = namePositionBytes(written);
    assert.equal(namePositionBytes([5, 200]).length, 3, 'a byte below 128, two below 16,384');
    const padded = new Uint8Array([9, 9, ...bytes, 9]);
    const runs = new Int32Runs();
    runs.take(3);
    const at = readNamePositions(padded, 2, 2 + bytes.length, written.length, 2 ** 28, runs);
    assert.deepEqual([...runs.block.subarray(at, at + written.length)], written);
    const read = (b: Uint8Array, count: number, limit = 1000): unknown => readNamePositions(b, 0, b.length, count, limit, new Int32Runs());
    assert.throws(() => read(namePositionBytes([3, 1000]), 2), /unknown string 1000/);
    assert.throws(() => read(namePositionBytes([3, 4]).subarray(0, 1), 2), /cut short/);
    assert.throws(() => read(new Uint8Array([3, 0x81]), 2), /cut short/, 'a last digit missing');
    assert.throws(() => read(namePositionBytes([3, 4, 5]), 2), /longer than their count/);
    assert.throws(() => read(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x01]), 1, 2 ** 31), /too long/);
  });
});
