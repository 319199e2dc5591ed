import * as assert from 'node:assert/strict';
import { Int32Runs } from '../../../src/core/incremental/int32-runs';

describe('Int32Runs (runs of integers in shared blocks)', () => {
  it('hands out runs that do not overlap, each within one block, a long one in a block of its own', () => {
    const blocks = new Int32Runs();
    const runs: Array<{ block: Int32Array; at: number; count: number }> = [];
    for (const count of [0, 3, 16 * 1024 - 3, 1, 40_000, 2]) {
      const at = blocks.take(count);
      runs.push({ block: blocks.block, at, count });
      assert.ok(at + count <= blocks.block.length, `a run of ${count} fits its block`);
    }
    // Written through, each run reads back as written: no two runs share a position.
    runs.forEach((r, k) => r.block.fill(k + 1, r.at, r.at + r.count));
    runs.forEach((r, k) => assert.ok(r.block.subarray(r.at, r.at + r.count).every((v) => v === k + 1), `run ${k} kept`));
    assert.notEqual(runs[3]!.block, runs[2]!.block, 'a run past the end of the block starts another');
    assert.equal(runs[4]!.block.length, 40_000, 'a run longer than a block has one of its own');
  });
});
