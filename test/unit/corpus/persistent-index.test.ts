import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { generateArticles } from '../../../bench/article-generator';
import { cacheKey, RECOGNIZER_VERSION, shardOf } from '../../../src/core/incremental/index-cache';
import { DEFAULT_SHARDS, IndexCacheStore, shardFileName } from '../../../src/core/incremental/index-cache-store';
import type { Kb } from '../../../src/core/kb/types';
import type { ArticleFiles } from '../../../src/extension/services/corpus/article-files';
import { PersistentIndex } from '../../../src/extension/services/corpus/persistent-index';
import { cachedArticle, folderFiles, spoilLastData } from '../incremental/cache-fixtures';

const VERSION = '0.0.0-test';
const KB = { entities: [] } as unknown as Kb;

describe('PersistentIndex (the corpus index cache in force)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-persistent-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a corrupt shard of a store replaced while its data was checked does not make the new one index again', async () => {
    // A cache whose shard 0 has a summary with a corrupt data byte (lines and lengths valid).
    const key = cacheKey(`${RECOGNIZER_VERSION}+${VERSION}`, JSON.stringify(KB));
    const writer = new IndexCacheStore(folderFiles(dir), key, { pause: () => new Promise((r) => setImmediate(r)), log: () => undefined, shards: DEFAULT_SHARDS });
    for (let i = 0; i < 40; i++) writer.put(cachedArticle(i, generateArticles(1500, 500 + i)));
    await writer.save();
    const file = path.join(dir, shardFileName(shardOf(cachedArticle(0, '').id, DEFAULT_SHARDS)));
    fs.writeFileSync(file, spoilLastData(fs.readFileSync(file)));

    const warnings: string[] = [];
    const told: string[][] = [];
    let reopened: Promise<unknown> | undefined;
    const log = {
      info: () => undefined,
      warn: (line: string) => {
        warnings.push(line);
        // The window's index reopened while the old store's check runs: the new store
        // is in force before the old one tells what it discarded.
        if (reopened === undefined) {
          persistent.forget();
          reopened = persistent.open();
        }
      },
    } as unknown as vscode.LogOutputChannel;
    const files = { cacheFiles: () => folderFiles(dir) } as unknown as ArticleFiles;
    const persistent = new PersistentIndex(files, { fsPath: dir } as vscode.Uri, () => KB, VERSION, log, () => new Promise((r) => setImmediate(r)));
    persistent.onDiscarded((ids) => told.push(ids));
    const first = await persistent.open();
    assert.equal(persistent.lastLoad?.discarded, 0, 'the lines and lengths are valid');
    await persistent.checkLoaded();
    await reopened;
    assert.equal(warnings.length, 1, warnings.join(' | '));
    assert.match(warnings[0]!, /discarded, summary number \d+ out of range/);
    assert.deepEqual(told, [], 'the old store discarded its shard; the index of the new one is not cleared');
    assert.notEqual(await persistent.open(), first, 'the new store is in force');
  });
});
