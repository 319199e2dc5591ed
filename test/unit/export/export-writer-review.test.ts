// Review of the streaming ExportWriter (core/export/write-files.ts): two exports into
// one folder at once, and a cancel while finish() replaces the targets.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system';
import { EXPORT_MANIFEST, ExportWriter, type WriteFilesOptions } from '../../../src/core/export/write-files';

async function writer(root: string, options: Partial<WriteFilesOptions> = {}): Promise<ExportWriter> {
  const w = await ExportWriter.open(nodeFileSystem, root, { isInput: () => false, ...options });
  assert.ok(w instanceof ExportWriter);
  return w;
}

const whole = (path: string, text: string) => ({ path, text, end: { annotations: 1 }, whole: true as const });

describe('ExportWriter: concurrent exports and a cancel during finish', function () {
  this.timeout(20_000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-export-review-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  const listed = async () => Object.keys((JSON.parse(await fsp.readFile(join(root, EXPORT_MANIFEST), 'utf8')) as { files: object }).files).sort();

  it('two exports into one folder at once: the manifest keeps the files of both, so a later export replaces them', async () => {
    const a = await writer(root);
    const b = await writer(root);
    await a.write(whole('annotations.jsonl', 'a\n'));
    await b.write(whole('annotations.csv', 'b\n'));
    assert.equal((await a.finish()).written.length, 1);
    assert.equal((await b.finish()).written.length, 1);
    assert.deepEqual(await listed(), ['annotations.csv', 'annotations.jsonl']);
    const again = await writer(root);
    await again.write(whole('annotations.jsonl', 'a2\n'));
    const outcome = await again.finish();
    assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason]), []);
    assert.equal(await fsp.readFile(join(root, 'annotations.jsonl'), 'utf8'), 'a2\n');
  });

  it('two exports of the same file at once: the one not replaced is reported and the file on disk stays listed', async () => {
    const first = await writer(root);
    await first.write(whole('a.ann', 'satu\n'));
    await first.finish();
    const a = await writer(root);
    const b = await writer(root);
    await a.write(whole('a.ann', 'dua, lebih panjang\n'));
    await b.write(whole('a.ann', 'tiga\n'));
    await a.finish();
    const outcome = await b.finish();
    assert.deepEqual(outcome.notWritten.map((n) => n.reason), ['changed']);
    assert.equal(await fsp.readFile(join(root, 'a.ann'), 'utf8'), 'dua, lebih panjang\n');
    // The next export recognises what export a wrote.
    const again = await writer(root);
    await again.write(whole('a.ann', 'empat\n'));
    assert.deepEqual((await again.finish()).notWritten.map((n) => [n.file.path, n.reason]), []);
    assert.equal(await fsp.readFile(join(root, 'a.ann'), 'utf8'), 'empat\n');
  });

  it('a cancel between renames names every file left as it was', async () => {
    let asked = 0;
    const w = await writer(root, { shouldStop: () => ++asked > 1 });
    await w.write(whole('a.txt', 'teks\n'));
    await w.write(whole('a.ann', 'T1\tClaim 0 4\tteks\n'));
    const outcome = await w.finish();
    assert.deepEqual(outcome.written.map((x) => x.file.path), ['a.txt']);
    // a.ann was not written: the user must be told, not shown a plain success.
    assert.deepEqual(outcome.notWritten.map((n) => n.file.path), ['a.ann']);
  });
});

describe('ExportWriter: a temporary file removed while a file that spans the corpus is appended', function () {
  this.timeout(20_000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-export-review-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('is reported as not written, never renamed over the target without its first parts', async () => {
    const w = await writer(root, { appendBytes: 4 });
    await w.write({ path: 'annotations.jsonl', text: 'baris satu\n' });
    // A long pause between parts: another export into the folder takes the temporary file
    // (10 minutes untouched) for a crash's leftover and removes it.
    const [temporary] = (await fsp.readdir(root)).filter((n) => n.endsWith('.tmp'));
    assert.ok(temporary);
    const old = new Date(Date.now() - 11 * 60 * 1000);
    await fsp.utimes(join(root, temporary), old, old);
    const other = await writer(root);
    await other.discard();
    await w.write({ path: 'annotations.jsonl', text: 'baris dua\n', end: { annotations: 2 } });
    const outcome = await w.finish();
    const onDisk = await fsp.readFile(join(root, 'annotations.jsonl'), 'utf8').catch(() => undefined);
    assert.ok(onDisk === undefined || onDisk === 'baris satu\nbaris dua\n', `torn file at the target: ${JSON.stringify(onDisk)}`);
    assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason]), [['annotations.jsonl', 'failed']]);
  });
});

describe('ExportWriter: the manifest replaced during the export', function () {
  this.timeout(20_000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-export-review-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('by a file that is not a manifest: that file is left as it is and nothing is exported', async () => {
    const first = await writer(root);
    await first.write(whole('a.ann', 'satu\n'));
    await first.finish();
    const w = await writer(root);
    await w.write(whole('a.ann', 'dua\n'));
    await fsp.writeFile(join(root, EXPORT_MANIFEST), 'catatan pengguna, bukan manifest\n');
    const outcome = await w.finish();
    assert.equal(await fsp.readFile(join(root, EXPORT_MANIFEST), 'utf8'), 'catatan pengguna, bukan manifest\n');
    assert.equal(outcome.refused?.reason, 'manifest-failed');
    assert.equal(await fsp.readFile(join(root, 'a.ann'), 'utf8'), 'satu\n');
  });
});

describe('ExportWriter: a folder Sorot never exported into', function () {
  this.timeout(20_000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-export-review-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it("keeps the user's old hidden .tmp files: without a manifest, none can be a leftover of an export", async () => {
    const mine = join(root, '.catatan.20240101.tmp');
    await fsp.writeFile(mine, 'milik pengguna\n');
    const old = new Date(Date.now() - 24 * 60 * 60 * 1000);
    await fsp.utimes(mine, old, old);
    const w = await writer(root);
    await w.write(whole('a.ann', 'satu\n'));
    const outcome = await w.finish();
    assert.deepEqual(outcome.removedTemporaries, []);
    assert.equal(await fsp.readFile(mine, 'utf8'), 'milik pengguna\n');
  });
});
