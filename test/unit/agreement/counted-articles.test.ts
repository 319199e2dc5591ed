import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countedArticle } from '../../../src/core/agreement/counted-articles';
import { SidecarStore } from '../../../src/core/annotations/store';
import { withListingSnapshot } from '../../../src/core/fs/listing-snapshot';
import { nodeFileSystem } from '../../../src/node/file-system';

describe('the articles the agreement report counts (countedArticle)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sorot-counted-'));
    writeFileSync(join(dir, 'a.txt'), 'Teks.\n');
    writeFileSync(join(dir, 'a.ani.sorot.json'), '{}');
    writeFileSync(join(dir, 'b.txt'), 'Teks.\n');
    writeFileSync(join(dir, 'latin.txt'), Uint8Array.from([0x4b, 0x61, 0x66, 0xe9, 0x0a]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads an annotated article, counts an unannotated one unread (UTF-8 or not), skips a vanished one', async () => {
    const store = new SidecarStore(withListingSnapshot(nodeFileSystem));
    assert.equal(await countedArticle(store, join(dir, 'a.txt')), 'read');
    assert.equal(await countedArticle(store, join(dir, 'b.txt')), 'unannotated');
    assert.equal(await countedArticle(store, join(dir, 'latin.txt')), 'unannotated');
    assert.deepEqual(await countedArticle(store, join(dir, 'gone.txt')), { skipped: 'no such file' });
    assert.equal(await countedArticle(store, join(dir, 'no-folder', 'c.txt')), 'read', 'an unlisted folder: the read says why');
  });
});
