// rev20: the window between the check that a target is Sorot's and the rename over it,
// simulated by replacing the target after the check, or inside the rename (a hook on
// Node's file operations).
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system';
import { ExportWriter } from '../../../src/core/export/write-files';
import { FileSystemError } from '../../../src/core/fs/types';

async function writer(root: string): Promise<ExportWriter> {
  const w = await ExportWriter.open(nodeFileSystem, root, { isInput: () => false });
  assert.ok(w instanceof ExportWriter);
  return w;
}

const whole = (path: string, text: string) => ({ path, text, end: { annotations: 1 }, whole: true as const });

describe('export: the target replaced between the check and the rename', function () {
  this.timeout(20_000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-cas-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it("a user's file of the same size and mtime put in place of Sorot's after the check is not replaced", async () => {
    const first = await writer(root);
    await first.write(whole('a.ann', 'satu\n'));
    await first.finish();
    const target = join(root, 'a.ann');
    // A clock of whole seconds (FAT, some network disks, a copy that kept the time).
    await fsp.utimes(target, 1_700_000_000, 1_700_000_000);
    const w = await writer(root);
    await w.write(whole('a.ann', 'dua\n'));
    // Another program writes the user's text in place, keeping size and modification time
    // (a copy with -p, a sync tool, a coarse clock).
    await fsp.writeFile(target, 'sat1\n');
    await fsp.utimes(target, 1_700_000_000, 1_700_000_000);
    const outcome = await w.finish();
    assert.equal(await fsp.readFile(target, 'utf8'), 'sat1\n');
    assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason]), [['a.ann', 'changed']]);
  });

  it('a file that appears at a new target during the rename itself is kept (no check-then-rename in node-fs)', async () => {
    // Another process creates the target just before the file system moves the temporary
    // file there: a rename that checked for it first would replace it.
    const target = join(root, 'baru.ann');
    const temporary = join(root, '.baru.ann.0123abcd.tmp');
    await fsp.writeFile(temporary, 'sorot\n');
    const original = { rename: fsp.rename, link: fsp.link };
    const other = async () => fsp.writeFile(target, 'milik pengguna\n');
    fsp.rename = async (from, to) => {
      await other();
      return original.rename(from, to);
    };
    fsp.link = async (from, to) => {
      await other();
      return original.link(from, to);
    };
    let error: unknown;
    try {
      await nodeFileSystem.rename(temporary, target, { overwrite: false });
    } catch (err) {
      error = err;
    } finally {
      fsp.rename = original.rename;
      fsp.link = original.link;
    }
    assert.equal(await fsp.readFile(target, 'utf8'), 'milik pengguna\n');
    assert.ok(error instanceof FileSystemError && error.code === 'exists', String(error));
  });
});
