// rev20: brat's .txt and .ann are one pair: the .ann's offsets describe the .txt beside
// it, so the two are written or refused together (a re-export after the article changed
// replaced the .txt beside an .ann kept because the user edited it).
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand, writeWarnings } from '../../../src/cli/commands/export';
import { nodeFileSystem } from '../../../src/node/file-system';
import { EXPORT_MANIFEST, ExportWriter, type WriteFilesOptions } from '../../../src/core/export/write-files';
import { FileSystemError, type CoreFileSystem } from '../../../src/core/fs/types';
import { runCaptured } from './cli-run';
import { articleText, writeCorpus } from './small-corpus';

const exportCli = (args: string[]) => runCaptured(() => exportCommand.run(args));

async function writer(root: string, options: Partial<WriteFilesOptions> = {}, fs: CoreFileSystem = nodeFileSystem): Promise<ExportWriter> {
  const w = await ExportWriter.open(fs, root, { isInput: () => false, ...options });
  assert.ok(w instanceof ExportWriter);
  return w;
}

const whole = (path: string, text: string, group?: string) => ({ path, text, end: { annotations: 1 }, whole: true as const, ...(group ? { group } : {}) });

describe('export: a brat .txt and its .ann are written or refused together', function () {
  this.timeout(60_000);
  let root: string;
  const corpus = () => join(root, 'korpus');
  const out = () => join(root, 'out');
  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-pairs-'));
    await writeCorpus(corpus(), 2);
  });
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('the article text changed and the .ann was edited in brat: the old .txt stays beside the kept .ann, and both are named', async () => {
    assert.equal((await exportCli(['--format', 'brat', '--out', out(), corpus()])).code, 0);
    const txt = join(out(), 'korpus/berita-000.txt');
    const ann = join(out(), 'korpus/berita-000.ann');
    const oldText = await fsp.readFile(txt, 'utf8');
    await fsp.appendFile(ann, 'T99\tClaim 0 5\tBerit\n');
    // The article is edited: a line in front moves every offset.
    await fsp.writeFile(join(corpus(), 'berita-000.txt'), 'Pembaruan pagi ini.\n' + articleText(0));
    const r = await exportCli(['--format', 'brat', '--out', out(), corpus()]);
    assert.equal(r.code, 1);
    assert.match(r.err, /berita-000\.ann: not replaced: it changed since Sorot exported it/);
    assert.match(r.err, /berita-000\.txt: not written: it belongs with .*berita-000\.ann .*which was not: not replaced: it changed since Sorot exported it/);
    assert.equal(await fsp.readFile(txt, 'utf8'), oldText, 'the .txt the kept .ann describes');
    // The kept .ann still slices its .txt to what it claims.
    for (const line of (await fsp.readFile(ann, 'utf8')).split('\n').filter((l) => l.startsWith('T'))) {
      const [, typeAndOffsets, surface] = line.split('\t');
      const [, start, end] = typeAndOffsets.split(' ');
      assert.equal([...oldText].slice(Number(start), Number(end)).join(''), surface, line);
    }
    // The other article's pair is written.
    assert.match(r.out, /2 files not written/);
  });

  it('a full disk while the .ann is written: its .txt is not replaced either', async () => {
    const first = await writer(root);
    await first.write(whole('a.txt', 'teks lama\n', 'a'));
    await first.write(whole('a.ann', 'T1\tClaim 0 4\tteks\n', 'a'));
    await first.finish();
    const full: CoreFileSystem = {
      ...nodeFileSystem,
      async writeFile(path, data) {
        if (/\.a\.ann\.[0-9a-f]{8}\.tmp$/.test(path)) throw new FileSystemError('other', `${path}: ENOSPC: no space left on device, write`, path);
        return nodeFileSystem.writeFile(path, data);
      },
    };
    const w = await writer(root, {}, full);
    await w.write(whole('a.txt', 'Baru. teks baru\n', 'a'));
    await w.write(whole('a.ann', 'T1\tClaim 6 10\tteks\n', 'a'));
    const outcome = await w.finish();
    assert.deepEqual(outcome.written, []);
    assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason]).sort(), [['a.ann', 'failed'], ['a.txt', 'partner']]);
    assert.equal(await fsp.readFile(join(root, 'a.txt'), 'utf8'), 'teks lama\n');
    assert.equal(await fsp.readFile(join(root, 'a.ann'), 'utf8'), 'T1\tClaim 0 4\tteks\n');
    assert.deepEqual((await fsp.readdir(root)).filter((n) => n.endsWith('.tmp')), []);
  });

  it('a cancel during finish never stops between the two files of a pair', async () => {
    let asked = 0;
    const w = await writer(root, { shouldStop: () => ++asked > 1 });
    await w.write(whole('a.txt', 'teks\n', 'a'));
    await w.write(whole('a.ann', 'T1\tClaim 0 4\tteks\n', 'a'));
    await w.write(whole('b.txt', 'teks\n', 'b'));
    await w.write(whole('b.ann', 'T1\tClaim 0 4\tteks\n', 'b'));
    const outcome = await w.finish();
    assert.deepEqual(outcome.written.map((x) => x.file.path), ['a.txt', 'a.ann']);
    assert.deepEqual(outcome.notWritten.map((n) => n.file.path), ['b.txt', 'b.ann']);
  });

  it('the .ann changed between the first check and finish: the .txt is not replaced', async () => {
    const first = await writer(root);
    await first.write(whole('a.txt', 'teks lama\n', 'a'));
    await first.write(whole('a.ann', 'T1\tClaim 0 4\tteks\n', 'a'));
    await first.finish();
    const w = await writer(root);
    await w.write(whole('a.txt', 'Baru. teks baru\n', 'a'));
    await w.write(whole('a.ann', 'T1\tClaim 6 10\tteks\n', 'a'));
    await fsp.appendFile(join(root, 'a.ann'), 'T2\tClaim 0 4\tteks\n');
    const outcome = await w.finish();
    assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason]).sort(), [['a.ann', 'changed'], ['a.txt', 'partner']]);
    assert.equal(await fsp.readFile(join(root, 'a.txt'), 'utf8'), 'teks lama\n');
  });

  it('the .ann cannot be moved after its .txt was (a file held open on Windows): the .txt from before is put back', async () => {
    const first = await writer(root);
    await first.write(whole('a.txt', 'teks lama\n', 'a'));
    await first.write(whole('a.ann', 'T1\tClaim 0 4\tteks\n', 'a'));
    await first.finish();
    const busy: CoreFileSystem = {
      ...nodeFileSystem,
      async rename(from, to, options) {
        if (/[/\\][ac]\.ann$/.test(to)) throw new FileSystemError('other', `${to}: EBUSY: resource busy or locked, rename`, to);
        return nodeFileSystem.rename(from, to, options);
      },
    };
    const w = await writer(root, {}, busy);
    await w.write(whole('a.txt', 'Baru. teks baru\n', 'a'));
    await w.write(whole('a.ann', 'T1\tClaim 6 10\tteks\n', 'a'));
    await w.write(whole('b.txt', 'teks b\n', 'b'));
    await w.write(whole('b.ann', 'T1\tClaim 0 4\tteks\n', 'b'));
    const outcome = await w.finish();
    assert.deepEqual(outcome.written.map((x) => x.file.path), ['b.txt', 'b.ann']);
    assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason]), [['a.txt', 'partner'], ['a.ann', 'failed']]);
    assert.equal(await fsp.readFile(join(root, 'a.txt'), 'utf8'), 'teks lama\n');
    assert.equal(await fsp.readFile(join(root, 'a.ann'), 'utf8'), 'T1\tClaim 0 4\tteks\n');
    // A new pair whose .ann cannot be moved leaves no .txt behind.
    const again = await writer(root, {}, busy);
    await again.write(whole('sub/c.txt', 'teks c\n', 'sub/c'));
    await again.write(whole('sub/c.ann', 'T1\tClaim 0 4\tteks\n', 'sub/c'));
    await again.finish();
    assert.deepEqual((await fsp.readdir(join(root, 'sub'))).filter((n) => !n.endsWith('.tmp')), []);
    // The next export still recognises the .txt that was put back as Sorot's.
    const later = await writer(root);
    await later.write(whole('a.txt', 'Baru. teks baru\n', 'a'));
    await later.write(whole('a.ann', 'T1\tClaim 6 10\tteks\n', 'a'));
    assert.deepEqual((await later.finish()).notWritten, []);
  });

  it('a .txt deleted since the last export, whose .ann then cannot be moved, is not put back as an empty file', async () => {
    const first = await writer(root);
    await first.write(whole('a.txt', 'teks lama\n', 'a'));
    await first.write(whole('a.ann', 'T1\tClaim 0 4\tteks\n', 'a'));
    await first.finish();
    const busy: CoreFileSystem = {
      ...nodeFileSystem,
      async rename(from, to, options) {
        if (to.endsWith('a.ann')) throw new FileSystemError('other', `${to}: EBUSY: resource busy or locked, rename`, to);
        return nodeFileSystem.rename(from, to, options);
      },
    };
    const w = await writer(root, {}, busy);
    await w.write(whole('a.txt', 'Baru. teks baru\n', 'a'));
    await w.write(whole('a.ann', 'T1\tClaim 6 10\tteks\n', 'a'));
    await fsp.rm(join(root, 'a.txt'));
    const outcome = await w.finish();
    assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason]), [['a.txt', 'partner'], ['a.ann', 'failed']]);
    await assert.rejects(fsp.stat(join(root, 'a.txt')), 'no a.txt, as before the export');
  });

  it('the .ann saved by another program while the .txt is moved: the .ann is kept and the .txt put back', async () => {
    const first = await writer(root);
    await first.write(whole('a.txt', 'teks lama\n', 'a'));
    await first.write(whole('a.ann', 'T1\tClaim 0 4\tteks\n', 'a'));
    await first.finish();
    let saved = false;
    const racing: CoreFileSystem = {
      ...nodeFileSystem,
      async rename(from, to, options) {
        await nodeFileSystem.rename(from, to, options);
        if (to.endsWith('a.txt') && !saved) {
          saved = true;
          await fsp.appendFile(join(root, 'a.ann'), 'T2\tClaim 0 4\tteks\n');
        }
      },
    };
    const w = await writer(root, {}, racing);
    await w.write(whole('a.txt', 'Baru. teks baru\n', 'a'));
    await w.write(whole('a.ann', 'T1\tClaim 6 10\tteks\n', 'a'));
    const outcome = await w.finish();
    assert.equal(await fsp.readFile(join(root, 'a.ann'), 'utf8'), 'T1\tClaim 0 4\tteks\nT2\tClaim 0 4\tteks\n');
    assert.equal(await fsp.readFile(join(root, 'a.txt'), 'utf8'), 'teks lama\n');
    assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason]), [['a.txt', 'partner'], ['a.ann', 'changed']]);
  });

  it('brat native: each annotator folder keeps its pair together', async () => {
    assert.equal((await exportCli(['--format', 'brat', '--brat-native', '--out', out(), corpus()])).code, 0);
    const txt = join(out(), 'ani/korpus/berita-001.txt');
    const oldText = await fsp.readFile(txt, 'utf8');
    await fsp.appendFile(join(out(), 'ani/korpus/berita-001.ann'), 'T99\tClaim 0 5\tBerit\n');
    await fsp.writeFile(join(corpus(), 'berita-001.txt'), 'Pembaruan.\n' + articleText(1));
    const r = await exportCli(['--format', 'brat', '--brat-native', '--out', out(), corpus()]);
    assert.equal(r.code, 1);
    assert.equal(await fsp.readFile(txt, 'utf8'), oldText);
  });
});

describe('export: two exports of one pair at once', function () {
  this.timeout(60_000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-pairs-race-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  /** A signal another export may wait for, at most `ms` (an export that holds the folder
   *  makes the other wait, and then the signal never comes). */
  const signal = () => {
    let fire!: () => void;
    const fired = new Promise<void>((resolve) => (fire = resolve));
    return { fire, wait: (ms = 1000) => Promise.race([fired, new Promise<void>((resolve) => setTimeout(resolve, ms))]) };
  };

  it('the .txt and the .ann on disk come from one export, never one from each', async () => {
    const first = await writer(root);
    await first.write(whole('a.txt', 'teks 0\n', 'a'));
    await first.write(whole('a.ann', 'ann 0\n', 'a'));
    await first.finish();
    // The worst order: both check the old pair, A moves its .txt, B moves its .txt and
    // .ann, A moves its .ann.
    const bChecked = signal(), aMovedTxt = signal(), bDone = signal();
    const hooked = (before: (to: string) => Promise<void>, after: (to: string) => void): CoreFileSystem => ({
      ...nodeFileSystem,
      async rename(from, to, options) {
        await before(to);
        await nodeFileSystem.rename(from, to, options);
        after(to);
      },
    });
    const a = await writer(root, {}, hooked(
      async (to) => (to.endsWith('a.txt') ? bChecked.wait() : to.endsWith('a.ann') ? bDone.wait() : undefined),
      (to) => (to.endsWith('a.txt') ? aMovedTxt.fire() : undefined),
    ));
    const b = await writer(root, {}, hooked(async (to) => {
      if (!to.endsWith('a.txt')) return;
      bChecked.fire();
      await aMovedTxt.wait();
    }, () => undefined));
    await a.write(whole('a.txt', 'teks A\n', 'a'));
    await a.write(whole('a.ann', 'ann A\n', 'a'));
    await b.write(whole('a.txt', 'teks B\n', 'a'));
    await b.write(whole('a.ann', 'ann B\n', 'a'));
    await Promise.all([a.finish(), b.finish().finally(() => bDone.fire())]);
    const txt = await fsp.readFile(join(root, 'a.txt'), 'utf8');
    const ann = await fsp.readFile(join(root, 'a.ann'), 'utf8');
    assert.equal(txt.slice(5), ann.slice(4), `${JSON.stringify(txt)} beside ${JSON.stringify(ann)}`);
  });
});

describe('export: an earlier export that stopped while replacing its files', function () {
  this.timeout(60_000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-pairs-stopped-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('is named by the next export: until then a .txt may stand beside the .ann of another export', async () => {
    const first = await writer(root);
    await first.write(whole('a.txt', 'teks 0\n', 'a'));
    await first.write(whole('a.ann', 'ann 0\n', 'a'));
    await first.finish();
    // Killed between the .txt and the .ann: what the folder holds at that moment.
    let atKill: { manifest: Buffer; txt: Buffer; ann: Buffer } | undefined;
    const killed: CoreFileSystem = {
      ...nodeFileSystem,
      async rename(from, to, options) {
        if (to.endsWith('a.ann') && !atKill) atKill = { manifest: await fsp.readFile(join(root, EXPORT_MANIFEST)), txt: await fsp.readFile(join(root, 'a.txt')), ann: await fsp.readFile(join(root, 'a.ann')) };
        return nodeFileSystem.rename(from, to, options);
      },
    };
    const w = await writer(root, {}, killed);
    await w.write(whole('a.txt', 'teks 1\n', 'a'));
    await w.write(whole('a.ann', 'ann 1\n', 'a'));
    await w.finish();
    assert.ok(atKill);
    assert.ok(!(await fsp.readFile(join(root, EXPORT_MANIFEST), 'utf8')).includes('replacing'), 'a finished export leaves no mark');
    await fsp.writeFile(join(root, EXPORT_MANIFEST), atKill.manifest);
    await fsp.writeFile(join(root, 'a.txt'), atKill.txt);
    await fsp.writeFile(join(root, 'a.ann'), atKill.ann);
    assert.equal(`${atKill.txt}|${atKill.ann}`, 'teks 1\n|ann 0\n', 'the mixed pair a kill leaves');
    // The next export, of another file, cannot repair a.txt/a.ann: it says what happened.
    const next = await writer(root);
    await next.write(whole('b.txt', 'teks b\n', 'b'));
    await next.write(whole('b.ann', 'ann b\n', 'b'));
    const outcome = await next.finish();
    assert.match(outcome.interruptedEarlier ?? '', /^\d{4}-\d\d-\d\dT/);
    const cli = writeWarnings(root, outcome).join('\n');
    assert.match(cli, /an earlier export into this folder stopped while replacing its files/);
  });
});
