// ExportWriter (core/export/write-files.ts) writes an export's files as they come and
// replaces the targets at finish(): what may happen to a target during a long export,
// what a stopped export leaves, and how a file that spans the corpus reaches the disk.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system';
import { EXPORT_MANIFEST, ExportWriter } from '../../../src/core/export/write-files';
import { isTemporaryName } from '../../../src/core/fs/atomic-write';
import type { CoreFileSystem } from '../../../src/core/fs/types';

async function writer(root: string, fs: CoreFileSystem = nodeFileSystem, appendBytes?: number): Promise<ExportWriter> {
  const w = await ExportWriter.open(fs, root, { isInput: () => false, ...(appendBytes ? { appendBytes } : {}) });
  assert.ok(w instanceof ExportWriter);
  return w;
}

const whole = (path: string, text: string) => ({ path, text, end: { annotations: 1 }, whole: true as const });

describe('ExportWriter: files written as they come, replaced at the end', function () {
  this.timeout(20_000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-export-writer-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  const names = async () => (await fsp.readdir(root, { recursive: true })).map(String).sort();

  it('a file that appears at a target during the export is not replaced', async () => {
    const w = await writer(root);
    await w.write(whole('a.ann', 'baru\n'));
    await fsp.writeFile(join(root, 'a.ann'), 'ditulis orang lain');
    const outcome = await w.finish();
    assert.deepEqual(outcome.notWritten.map((n) => n.reason), ['foreign']);
    assert.equal(await fsp.readFile(join(root, 'a.ann'), 'utf8'), 'ditulis orang lain');
    assert.deepEqual((await names()).filter(isTemporaryName), []);
  });

  it('a file Sorot wrote that is edited during the export is not replaced; an untouched one is', async () => {
    const first = await writer(root);
    await first.write(whole('a.ann', 'satu\n'));
    await first.write(whole('b.ann', 'satu\n'));
    await first.finish();
    const w = await writer(root);
    await w.write(whole('a.ann', 'dua\n'));
    await w.write(whole('b.ann', 'dua\n'));
    await fsp.writeFile(join(root, 'a.ann'), 'diedit selama ekspor, lebih panjang\n');
    const outcome = await w.finish();
    assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason]), [['a.ann', 'changed']]);
    assert.equal(await fsp.readFile(join(root, 'a.ann'), 'utf8'), 'diedit selama ekspor, lebih panjang\n');
    assert.equal(await fsp.readFile(join(root, 'b.ann'), 'utf8'), 'dua\n');
  });

  it('discard() (a cancelled export) leaves no temporary file and changes nothing', async () => {
    const first = await writer(root);
    await first.write(whole('a.ann', 'satu\n'));
    await first.finish();
    const manifest = await fsp.readFile(join(root, EXPORT_MANIFEST), 'utf8');
    const w = await writer(root);
    await w.write(whole('a.ann', 'dua\n'));
    await w.write({ path: 'semua.jsonl', text: '{"a":1}\n' });
    await w.discard();
    assert.deepEqual(await names(), [EXPORT_MANIFEST, 'a.ann']);
    assert.equal(await fsp.readFile(join(root, 'a.ann'), 'utf8'), 'satu\n');
    assert.equal(await fsp.readFile(join(root, EXPORT_MANIFEST), 'utf8'), manifest);
  });

  it('a file that spans the corpus is appended in parts of the given size, a pair split between pieces encoded whole', async () => {
    const appended: number[] = [];
    const fs: CoreFileSystem = { ...nodeFileSystem, appendFile: async (p, data) => void (appended.push(data.length), await nodeFileSystem.appendFile!(p, data)) };
    const w = await writer(root, fs, 64);
    const pieces = ['😀 awal\ud83d', '\ude00 tengah\n', ...Array.from({ length: 40 }, (_, i) => `baris ${i}\n`)];
    for (const text of pieces) await w.write({ path: 'semua.jsonl', text });
    await w.write({ path: 'semua.jsonl', text: '', end: { annotations: 0 } });
    const outcome = await w.finish();
    assert.equal(outcome.written.length, 1);
    assert.deepEqual(await fsp.readFile(join(root, 'semua.jsonl')), Buffer.from(new TextEncoder().encode(pieces.join(''))));
    assert.ok(appended.length > 3, `${appended.length} appends`);
    assert.ok(appended.every((n) => n < 64 + 16), `parts of ${appended.join(', ')} bytes`);
  });
});
