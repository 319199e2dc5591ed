// Where `sorot export` may write (issue 18, points 2, 6, 11, 12): never over a file an
// export did not write, never through a symbolic link out of --out, atomically with write
// errors reported (a full disk), formula cells neutralised, and a summary that counts
// what was written.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { exportCommand, runExport } from '../../../src/cli/commands/export';
import { nodeFileSystem } from '../../../src/node/file-system';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { EXPORT_MANIFEST } from '../../../src/core/export/write-files';
import { isTemporaryName } from '../../../src/core/fs/atomic-write';
import { FileSystemError, type CoreFileSystem } from '../../../src/core/fs/types';
import { runCaptured } from './cli-run';
import { claim } from './fixtures';
import { writeCorpus } from './small-corpus';

const exportCli = (args: string[]) => runCaptured(() => exportCommand.run(args));

/** Every file under `dir`, relative, '/'-separated. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fsp.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() || e.isSymbolicLink()) out.push(join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'));
  }
  return out.sort();
}

/** Node's file system that runs out of space after `budget` bytes: the write that
 *  crosses the limit leaves the bytes that fitted on disk, then fails with ENOSPC. */
function fullDisk(budget: number): CoreFileSystem {
  let left = budget;
  return {
    ...nodeFileSystem,
    async writeFile(path, data) {
      if (data.length <= left) {
        left -= data.length;
        return nodeFileSystem.writeFile(path, data);
      }
      await nodeFileSystem.writeFile(path, data.subarray(0, left));
      left = 0;
      throw new FileSystemError('other', `${path}: ENOSPC: no space left on device, write`, path);
    },
  };
}

describe('sorot export: what it may write, and how', function () {
  this.timeout(60_000);
  let root: string;
  const corpus = () => join(root, 'korpus');
  const out = () => join(root, 'out');

  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-write-safety-'));
    await writeCorpus(corpus(), 3);
  });
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  describe('files it did not write (point 2)', () => {
    it('never replaces an existing file it did not write, and names it', async () => {
      await fsp.mkdir(join(out(), 'korpus'), { recursive: true });
      // an .ann, not a .txt: a folder holding articles is refused as a whole (issue 11 point 7)
      await fsp.writeFile(join(out(), 'korpus/berita-001.ann'), 'catatan saya sendiri');
      const r = await exportCli(['--format', 'brat', '--out', out(), corpus()]);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, /berita-001\.ann: not replaced: a Sorot export did not write this file/);
      assert.equal(await fsp.readFile(join(out(), 'korpus/berita-001.ann'), 'utf8'), 'catatan saya sendiri');
      // Its .txt is not written either (an .ann and its .txt go together, rev20), and
      // says why; the rest of the export is written, and the summary counts both.
      assert.match(r.err, /berita-001\.txt: not written: it belongs with .*berita-001\.ann/);
      await assert.rejects(fsp.stat(join(out(), 'korpus/berita-001.txt')));
      assert.ok((await fsp.readFile(join(out(), 'korpus/berita-000.ann'), 'utf8')).startsWith('T1\t'));
      assert.match(r.out, /2 files not written/);
    });

    it('replaces its own earlier export in the same folder', async () => {
      assert.equal((await exportCli(['--format', 'brat', '--out', out(), corpus()])).code, 0);
      await writeCorpus(corpus(), 3, 1);
      const again = await exportCli(['--format', 'brat', '--out', out(), corpus()]);
      assert.equal(again.code, 0, again.err);
      assert.match(await fsp.readFile(join(out(), 'korpus/berita-002.ann'), 'utf8'), /Stance/);
      const manifest = JSON.parse(await fsp.readFile(join(out(), EXPORT_MANIFEST), 'utf8')) as { sorotExport: number; files: Record<string, string> };
      assert.equal(manifest.sorotExport, 1);
      assert.deepEqual(Object.keys(manifest.files).sort(), (await listFiles(out())).filter((f) => f !== EXPORT_MANIFEST));
    });

    it('does not replace its own file once someone changed it (e.g. annotated in brat)', async () => {
      await exportCli(['--format', 'brat', '--out', out(), corpus()]);
      const ann = join(out(), 'korpus/berita-000.ann');
      await fsp.appendFile(ann, 'T99\tClaim 0 5\tBerit\n');
      const r = await exportCli(['--format', 'brat', '--out', out(), corpus()]);
      assert.equal(r.code, 1);
      assert.match(r.err, /berita-000\.ann: not replaced: it changed since Sorot exported it/);
      assert.match(await fsp.readFile(ann, 'utf8'), /T99/);
    });

    it('writes nothing when the folder holds a manifest it cannot read', async () => {
      await fsp.mkdir(out());
      await fsp.writeFile(join(out(), EXPORT_MANIFEST), '{"sorotExport": 1, "files": ');
      const r = await exportCli(['--format', 'jsonl', '--out', out(), corpus()]);
      assert.equal(r.code, 1);
      assert.match(r.err, /\.sorot-export\.json: not a Sorot export manifest/);
      assert.deepEqual(await listFiles(out()), [EXPORT_MANIFEST]);
      assert.match(r.out, /nothing exported/);
    });
  });

  describe('symbolic links inside --out (point 12)', () => {
    it('refuses a folder link that leads outside the output folder', async () => {
      const outside = join(root, 'elsewhere');
      await fsp.mkdir(outside);
      await fsp.mkdir(out());
      await fsp.symlink(outside, join(out(), 'korpus'), 'dir');
      const r = await exportCli(['--format', 'brat', '--out', out(), corpus()]);
      assert.equal(r.code, 1);
      assert.match(r.err, /korpus is a symbolic link to .*elsewhere, outside the output folder/);
      assert.deepEqual(await fsp.readdir(outside), [], 'nothing written through the link');
    });

    it('follows a folder link that stays inside, and refuses a file link', async () => {
      await fsp.mkdir(join(out(), 'nyata'), { recursive: true });
      await fsp.symlink(join(out(), 'nyata'), join(out(), 'korpus'), 'dir');
      const secret = join(root, 'secret.txt');
      await fsp.writeFile(secret, 'rahasia');
      await fsp.mkdir(join(out(), 'nyata'), { recursive: true });
      // An .ann (a .txt link would be an article in --out, as the extension lists links
      // too, and refuse the whole export before any write).
      await fsp.symlink(secret, join(out(), 'nyata/berita-002.ann'));
      const r = await exportCli(['--format', 'brat', '--out', out(), corpus()]);
      assert.equal(r.code, 1);
      assert.match(r.err, /berita-002\.ann is a symbolic link/);
      assert.equal(await fsp.readFile(secret, 'utf8'), 'rahasia');
      assert.ok((await fsp.readFile(join(out(), 'nyata/berita-000.ann'), 'utf8')).startsWith('T1\t'));
    });
  });

  describe('links in the corpus and in --out are followed, as the extension lists them', () => {
    it('an article reached through a link in --out makes --out a corpus: nothing is written', async () => {
      const secret = join(root, 'secret.txt');
      await fsp.writeFile(secret, 'rahasia');
      await fsp.mkdir(out(), { recursive: true });
      await fsp.symlink(secret, join(out(), 'tautan.txt'));
      const r = await exportCli(['--format', 'jsonl', '--out', out(), corpus()]);
      assert.equal(r.code, 1);
      assert.match(r.err, /holds articles \(for example .*tautan\.txt\)/);
      assert.deepEqual((await fsp.readdir(out())).sort(), ['tautan.txt']);
      assert.equal(await fsp.readFile(secret, 'utf8'), 'rahasia');
    });
  });

  describe('write errors (point 6)', () => {
    it('a full disk: reported with the file name, exit 1, the earlier export intact, no truncated file', async () => {
      assert.equal((await exportCli(['--format', 'jsonl', '--out', out(), corpus()])).code, 0);
      const before = await fsp.readFile(join(out(), 'annotations.jsonl'), 'utf8');
      await writeCorpus(corpus(), 3, 1);
      // Room for the manifest, not for the new JSONL.
      const r = await runCaptured(() => runExport(['--format', 'jsonl', '--out', out(), corpus()], fullDisk(3000)));
      assert.equal(r.code, 1);
      assert.match(r.err, /annotations\.jsonl: not written: .*ENOSPC/);
      assert.match(r.out, /exported 0 annotations of 3 articles as jsonl: 0 files written in .*, 1 file not written/);
      assert.equal(await fsp.readFile(join(out(), 'annotations.jsonl'), 'utf8'), before, 'the previous export is untouched');
      assert.deepEqual((await fsp.readdir(out())).filter(isTemporaryName), [], 'no truncated temporary file left');
      // With room again, the same export goes through: the file is still recognised.
      const retry = await exportCli(['--format', 'jsonl', '--out', out(), corpus()]);
      assert.equal(retry.code, 0, retry.err);
      assert.equal((await fsp.readFile(join(out(), 'annotations.jsonl'), 'utf8')).trimEnd().split('\n').length, 18);
    });

    it('a full disk before the first file: nothing written, nothing claimed', async () => {
      const r = await runCaptured(() => runExport(['--format', 'brat', '--out', out(), corpus()], fullDisk(100)));
      assert.equal(r.code, 1);
      assert.match(r.err, /\.sorot-export\.json: .*ENOSPC.*nothing exported/);
      assert.match(r.out, /nothing exported/);
      assert.deepEqual(await listFiles(out()), []);
    });

    it('removes temporary files an interrupted export left behind, once they are stale', async () => {
      await fsp.mkdir(out());
      // An export writes its manifest before its first temporary file (an interrupted one
      // leaves both); leftovers are looked for only beside a manifest.
      await fsp.writeFile(join(out(), EXPORT_MANIFEST), JSON.stringify({ sorotExport: 1, files: {} }));
      const stale = join(out(), '.annotations.jsonl.0123abcd.tmp');
      const young = join(out(), '.annotations.jsonl.4567cdef.tmp');
      await fsp.writeFile(stale, '{"article":"torn');
      await fsp.writeFile(young, '{"article":"in progress');
      const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
      await fsp.utimes(stale, hourAgo, hourAgo);
      assert.equal((await exportCli(['--format', 'jsonl', '--out', out(), corpus()])).code, 0);
      const names = await fsp.readdir(out());
      assert.ok(!names.includes('.annotations.jsonl.0123abcd.tmp'), 'the stale one is gone');
      assert.ok(names.includes('.annotations.jsonl.4567cdef.tmp'), 'a young one may belong to an export in progress');
    });
  });

  describe('CSV formula cells (point 11)', () => {
    const text = '=HYPERLINK("http://contoh.test","klik") dan -5 persen, kata dia.\n';
    beforeEach(async () => {
      await fsp.writeFile(join(corpus(), 'rumus.txt'), text);
      const annotations = [claim(text, '=HYPERLINK("http://contoh.test","klik")'), claim(text, '-5 persen')];
      await fsp.writeFile(join(corpus(), 'rumus.ani.sorot.json'), serializeSidecar({ schemaVersion: 3, article: 'rumus.txt', annotator: 'ani', annotations }));
    });
    const exacts = async (args: string[]) => {
      const r = await exportCli(['--format', 'csv', '--out', out(), ...args, join(corpus(), 'rumus.txt')]);
      assert.equal(r.code, 0, r.err);
      const rows = parse(await fsp.readFile(join(out(), 'annotations.csv'), 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
      return rows.map((row) => row.exact);
    };

    it('are neutralised by default', async () => {
      assert.deepEqual(await exacts([]), ['\'=HYPERLINK("http://contoh.test","klik")', "'-5 persen"]);
    });

    it('stay raw with --raw-cells, which --excel refuses', async () => {
      assert.deepEqual(await exacts(['--raw-cells']), ['=HYPERLINK("http://contoh.test","klik")', '-5 persen']);
      assert.equal((await exportCli(['--format', 'csv', '--out', out(), '--excel', '--raw-cells', corpus()])).code, 2);
    });
  });

  it('the summary counts the annotations written, after the filters', async () => {
    await writeCorpus(corpus(), 3, 1);
    const r = await exportCli(['--format', 'jsonl', '--out', out(), '--kind', 'stance', corpus()]);
    assert.equal(r.code, 0, r.err);
    const lines = (await fsp.readFile(join(out(), 'annotations.jsonl'), 'utf8')).trimEnd().split('\n');
    assert.equal(lines.length, 9);
    assert.match(r.out, /^exported 9 annotations of 3 articles as jsonl: 1 file written in /);
  });
});
