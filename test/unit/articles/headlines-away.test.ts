// The Articles view's headlines read by a worker thread (headlines-away.ts) must be the
// ones the view's own read gives (headlineOfBytes over the file's bytes), problems
// included; a file gone is 'missing' (the view drops it), any other failure 'unread'
// (the view reads it itself for its own message), and the order is the paths'.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles } from '../../../bench/article-generator';
import { headlineOfBytes } from '../../../src/extension/articles/headline';
import type { HeadlineRead } from '../../../src/extension/articles/headline-task';
import { headlinesAway } from '../../../src/extension/articles/headlines-away';

describe('headlines read by a worker thread', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'sorot-headlines-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the view's own headlines, in order, across chunks", async () => {
    const paths: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const path = join(dir, `artikel-${i}.txt`);
      // Every 97th file has a byte that is not UTF-8 below its headline; every 101st is empty.
      const text = i % 101 === 0 ? '' : generateArticles(400 + (i % 7) * 50, 300 + i);
      writeFileSync(path, i % 97 === 0 ? Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from('\nakhir')]) : text);
      paths.push(path);
    }
    const gone = join(dir, 'hilang.txt');
    const folder = join(dir, 'folder.txt');
    mkdirSync(folder);
    paths.splice(5, 0, gone);
    paths.splice(700, 0, folder);
    const got: HeadlineRead[] = [];
    const taken = await headlinesAway(paths.length, (i) => paths[i] as string, async (from, reads) => {
      assert.equal(from, got.length, 'chunks come in order');
      got.push(...reads);
    }, () => false);
    assert.equal(taken, paths.length);
    paths.forEach((path, i) => {
      if (path === gone) assert.equal(got[i], 'missing');
      else if (path === folder) assert.equal(got[i], 'unread');
      else assert.deepEqual(got[i], headlineOfBytes(readFileSync(path)), path);
    });
    assert.ok(got.some((r) => typeof r === 'object' && 'error' in r), 'some files have a problem');
    assert.ok(got.some((r) => typeof r === 'object' && r.headline === undefined), 'an empty file has no headline');
  });

  it('stops when asked, and says how many it took', async () => {
    const paths = Array.from({ length: 2000 }, (_, i) => join(dir, `artikel-${i % 1200}.txt`));
    let chunks = 0;
    const taken = await headlinesAway(paths.length, (i) => paths[i] as string, async () => void chunks++, () => chunks >= 2);
    assert.equal(chunks, 2);
    assert.ok(taken > 0 && taken < paths.length);
  });
});
