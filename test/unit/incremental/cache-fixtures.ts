// What the persistent-index tests share: a cached article made from a text as the corpus
// service makes it, and Node's file system in one folder as the extension's reader gives it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/core/recognize/analyze';
import { correctionsKey, curate, summarizeCurated } from '../../../src/core/curation';
import { contentHash } from '../../../src/core/incremental/hash';
import { StringPool } from '../../../src/core/incremental/compact-summary';
import { PackedSummary } from '../../../src/core/incremental/packed-summary';
import type { CachedArticle } from '../../../src/core/incremental/index-cache';
import type { CacheFiles } from '../../../src/core/incremental/index-cache-store';

/** Article `i` of a corpus, analysed from `text`, with a stamp of its own. */
export function cachedArticle(i: number, text: string): CachedArticle {
  const summary = PackedSummary.pack(summarizeCurated(curate(analyze(text), []), contentHash(text)), new StringPool());
  return { id: `file:///korpus/artikel-${i}.txt`, summary, correctionsKey: correctionsKey([]), stamp: { mtime: 1_700_000_000_000 + i, size: text.length } };
}

/** The cache's files in `dir`: a missing file reads as undefined, any other error throws. */
export function folderFiles(dir: string): CacheFiles {
  return {
    read: async (name) => {
      try {
        return await fs.promises.readFile(path.join(dir, name));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    write: (name, data) => fs.promises.writeFile(path.join(dir, name), data),
    rename: (from, to) => fs.promises.rename(path.join(dir, from), path.join(dir, to)),
    remove: (name) => fs.promises.rm(path.join(dir, name), { force: true }),
  };
}

/** Where an entry's data starts: after its line and its names' positions (the line's
 *  16th field says how many bytes they take). */
export function dataAt(entry: Uint8Array): number {
  const cut = entry.indexOf(0x0a);
  const line = JSON.parse(new TextDecoder().decode(entry.subarray(0, cut))) as unknown[];
  return cut + 1 + (line[15] as number);
}

/** A shard file's bytes with its last article's first data byte (its first actor's
 *  canonical name) made a reference past its names: the lines and lengths stay valid,
 *  the shard loads, and the summary is found corrupt once its data is checked. */
export function spoilLastData(shard: Buffer): Buffer {
  const lastLine = shard.lastIndexOf('\n[', shard.length - 2) + 1;
  const spoiled = Buffer.from(shard);
  spoiled[lastLine + dataAt(shard.subarray(lastLine))] = 0x7e;
  return spoiled;
}
