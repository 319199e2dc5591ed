// The corpus reader shared by the extension's export and agreement (and the CLI's):
// a sidecar that cannot be read or parsed is one problem line naming it, and the other
// sidecars of the article are still read. Runs on the in-memory file system, with one
// file whose read fails as vscode.workspace.fs reports a permission error.
import assert from 'node:assert/strict';
import { gatherAnnotations } from '../../../src/core/annotations/gather';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { SidecarStore } from '../../../src/core/annotations/store';
import { FileSystemError } from '../../../src/core/fs/types';
import { ARTICLE, claim } from '../export/fixtures';
import { MemoryFileSystem } from './memory-fs';

class OneUnreadableFile extends MemoryFileSystem {
  constructor(private readonly unreadable: string) {
    super();
  }
  override async readFile(path: string): Promise<Uint8Array> {
    if (path === this.unreadable) throw new FileSystemError('no-permission', `${path}: EACCES: permission denied`, path);
    return super.readFile(path);
  }
}

describe('gatherAnnotations with hostile sidecars', () => {
  it('reports the unreadable and the deeply nested sidecar by path and keeps the others', async () => {
    const fs = new OneUnreadableFile('/k/a.budi.sorot.json');
    const sidecar = (annotator: string) => serializeSidecar({ schemaVersion: 3, article: 'a.txt', annotator, annotations: [claim(ARTICLE, 'subsidi akan ditambah', annotator)] });
    fs.put('/k/a.txt', ARTICLE);
    fs.put('/k/a.ani.sorot.json', sidecar('ani'));
    fs.put('/k/a.budi.sorot.json', sidecar('budi'));
    fs.put('/k/a.cici.sorot.json', sidecar('cici').replace('"tags": []', `"tags": ${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    const r = await gatherAnnotations(new SidecarStore(fs), '/k/a.txt', ARTICLE);
    assert.deepEqual(r.annotations.map((a) => a.annotator), ['ani']);
    assert.deepEqual(r.problems.map((p) => p.replace(/ at line .*/, '')), [
      '/k/a.budi.sorot.json: cannot be read (permission denied); its annotations are left out',
      '/k/a.cici.sorot.json: nested more than 64 levels deep',
    ]);
  });
});
