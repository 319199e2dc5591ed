import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { generateArticles } from '../../../bench/article-generator';
import { cacheKey, kbDigestSteps, RECOGNIZER_VERSION, shardOf } from '../../../src/core/incremental/index-cache';
import { runSteps } from '../../../src/core/incremental/time-slices';
import { DEFAULT_SHARDS, IndexCacheStore, shardFileName } from '../../../src/core/incremental/index-cache-store';
import { loadBuiltinKb } from '../../../src/core/kb/builtin';
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
    const key = cacheKey(`${RECOGNIZER_VERSION}+${VERSION}`, runSteps(kbDigestSteps(KB)));
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

  it('digests a KB once, in slices that begin with a pause; the same KB object again reuses the key', async () => {
    let entityReads = 0;
    const entities = loadBuiltinKb().entities;
    const kb = { suppress: [], get entities() { entityReads++; return entities; } } as unknown as Kb;
    let pauses = 0;
    const pause = () => { pauses++; return new Promise<void>((r) => setImmediate(r)); };
    const files = { cacheFiles: () => folderFiles(dir) } as unknown as ArticleFiles;
    const log = { info: () => undefined, warn: () => undefined } as unknown as vscode.LogOutputChannel;
    let current = kb;
    const persistent = new PersistentIndex(files, { fsPath: dir } as vscode.Uri, () => current, VERSION, log, pause);
    const first = await persistent.open();
    assert.ok(pauses >= 1, 'the digest begins in a turn of its own');
    assert.ok(entityReads > 0);
    const reads = entityReads;
    persistent.forget();
    const again = await persistent.open();
    assert.equal(entityReads, reads, 'not digested again');
    assert.notEqual(again, first, 'a new store, read again');
    current = { ...loadBuiltinKb(), suppress: ['bukan aktor'] };
    const other = await persistent.open();
    assert.notEqual(other, again, 'another KB: another key, another store');
    assert.equal(await persistent.open(), other, 'the same KB: the same store');
  });
});
