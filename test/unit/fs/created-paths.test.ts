import * as assert from 'node:assert/strict';
import { mapAtMost } from '../../../src/core/async/map-at-most';
import { knownFilesLast } from '../../../src/core/fs/created-paths';

/** How many paths were asked about before the folder was found, asked `atOnce` at a time. */
async function statsBeforeFolder(paths: string[], atOnce: number): Promise<number> {
  let asked = 0;
  let before = -1;
  await mapAtMost(paths, atOnce, async (p) => {
    asked++;
    await Promise.resolve();
    if (!p.includes('.') && before < 0) before = asked;
  });
  return before;
}

describe('created paths asked about (knownFilesLast)', () => {
  // A pull of 5,000 annotation files and 1,000 articles, the new folder reported last.
  const pulled = [
    ...Array.from({ length: 5000 }, (_, i) => `file:///w/a${i}.sorot.json`),
    ...Array.from({ length: 1000 }, (_, i) => `file:///w/b${i}.txt`),
    'file:///w/new-folder',
  ];
  const knownFile = (p: string) => p.endsWith('.sorot.json') || p.endsWith('.txt');

  it('in the order they came, the folder waits behind every file (the cause)', async () => {
    assert.equal(await statsBeforeFolder(pulled, 8), pulled.length);
  });

  it('with the known files last, the folder is among the first asked', async () => {
    assert.ok((await statsBeforeFolder(knownFilesLast(pulled, knownFile), 8)) <= 8);
  });

  it('keeps every path, each part in the order it came', () => {
    assert.deepEqual(knownFilesLast(['a.txt', 'x', 'b.sorot.json', 'y', 'c.txt'], knownFile), ['x', 'y', 'a.txt', 'b.sorot.json', 'c.txt']);
  });
});
