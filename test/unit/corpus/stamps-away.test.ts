import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stampsAway } from '../../../src/extension/services/corpus/stamps-away';

describe('stamps taken by a worker thread (a warm reopen compares them with the cache)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sorot-stamps-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each file the stamp a synchronous stat gives, in the order asked, over several chunks', async () => {
    // More files than one message to the worker holds (2048), with distinct times.
    const files = Array.from({ length: 2500 }, (_, i) => join(dir, `a-${i}.txt`));
    files.forEach((f, i) => {
      writeFileSync(f, 'x'.repeat(i % 7));
      utimesSync(f, 1_700_000_000 + i, 1_700_000_000 + i);
    });
    const pairs = await stampsAway(files, (f) => f);
    assert.ok(pairs);
    assert.equal(pairs.length, 2 * files.length);
    for (const k of [0, 1, 2047, 2048, 2499]) {
      const s = statSync(files[k] as string);
      assert.deepEqual([pairs[2 * k], pairs[2 * k + 1]], [Math.trunc(s.mtimeMs), s.size], files[k]);
    }
  });

  it('gives NaN for a file that is not there or a folder: never a stamp to trust', async () => {
    const file = join(dir, 'ada.txt');
    writeFileSync(file, 'teks');
    mkdirSync(join(dir, 'folder'));
    const pairs = await stampsAway([join(dir, 'hilang.txt'), join(dir, 'folder'), file], (f) => f);
    assert.ok(pairs);
    assert.ok(Number.isNaN(pairs[0]) && Number.isNaN(pairs[1]));
    assert.ok(Number.isNaN(pairs[2]) && Number.isNaN(pairs[3]));
    assert.equal(pairs[5], 4);
  });

  it('gives an empty list for no files', async () => {
    assert.equal((await stampsAway([], (f: string) => f))?.length, 0);
  });
});
