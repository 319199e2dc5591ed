import assert from 'node:assert/strict';
import { createAnnotation } from '../../../src/core/annotations/create';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { movedSidecarPath, moveSidecars, sidecarMovesFor } from '../../../src/core/annotations/sidecar-moves';
import { emptySidecar, SidecarStore } from '../../../src/core/annotations/store';
import type { Sidecar } from '../../../src/core/annotations/types';
import { fakeUlid } from './arbitraries';
import { MemoryFileSystem } from './memory-fs';

const TEXT = 'Menlu Retno berkata Indonesia mendukung perdamaian.';

function sidecar(article: string, annotator?: string): string {
  const a = createAnnotation({ text: TEXT, start: 0, end: 11, annotator: annotator ?? 'ana', now: 1_700_000_000_000, id: fakeUlid(7), fields: { kind: 'claim', claim: { claimant: 'Retno' } } });
  const s: Sidecar = { ...emptySidecar(article, annotator), annotations: [a] };
  return serializeSidecar(s);
}

function articleOf(fs: MemoryFileSystem, path: string): string {
  return (JSON.parse(fs.text(path)!) as Sidecar).article;
}

describe('sidecar moves (an article renamed or moved)', () => {
  it('maps the shared and every per-annotator sidecar to the new name, in another folder too', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/berita.txt', TEXT);
    fs.put('/d/berita.sorot.json', sidecar('berita.txt'));
    fs.put('/d/berita.budi.sorot.json', sidecar('berita.txt', 'budi'));
    fs.put('/d/berita.adjudicated.sorot.json', sidecar('berita.txt', 'adjudicated'));
    fs.put('/d/berita-lain.sorot.json', sidecar('berita-lain.txt'));
    const refs = await new SidecarStore(fs).list('/d/berita.txt');
    assert.deepEqual(sidecarMovesFor('/e/kabar.txt', refs), [
      { from: '/d/berita.sorot.json', to: '/e/kabar.sorot.json' },
      { from: '/d/berita.adjudicated.sorot.json', to: '/e/kabar.adjudicated.sorot.json' },
      { from: '/d/berita.budi.sorot.json', to: '/e/kabar.budi.sorot.json' },
    ]);
    assert.deepEqual(sidecarMovesFor('/d/berita.TXT', refs), [], 'a change of extension case keeps the names');
  });

  it('maps URI strings with spaces, and leaves paths of other articles alone', () => {
    assert.equal(movedSidecarPath('file:///d/berita%20lama.txt', 'file:///d/berita%20baru.txt', 'file:///d/berita%20lama.ana.sorot.json'), 'file:///d/berita%20baru.ana.sorot.json');
    assert.equal(movedSidecarPath('/d/berita.txt', '/d/kabar.txt', '/d/berita.sorot.json'), '/d/kabar.sorot.json');
    assert.equal(movedSidecarPath('/d/berita.txt', '/d/kabar.txt', '/d/berita-lain.sorot.json'), '/d/berita-lain.sorot.json');
    assert.equal(movedSidecarPath('/d/berita.txt', '/d/kabar.txt', '/x/berita.sorot.json'), '/x/berita.sorot.json');
  });

  it('moves every sidecar and rewrites its article field to the new file name', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/berita.sorot.json', sidecar('berita.txt'));
    fs.put('/d/berita.budi.sorot.json', sidecar('berita.txt', 'budi'));
    const moves = sidecarMovesFor('/d/kabar.txt', await new SidecarStore(fs).list('/d/berita.txt'));
    const result = await moveSidecars(fs, moves, 'kabar.txt');
    assert.equal(result.status, 'moved');
    assert.deepEqual([...fs.files.keys()].sort(), ['/d/kabar.budi.sorot.json', '/d/kabar.sorot.json']);
    assert.equal(articleOf(fs, '/d/kabar.sorot.json'), 'kabar.txt');
    assert.equal(articleOf(fs, '/d/kabar.budi.sorot.json'), 'kabar.txt');
    assert.equal(fs.text('/d/kabar.sorot.json'), sidecar('kabar.txt'), 'canonical text, annotations unchanged');
    // each new file appears complete (a temporary file renamed without overwrite), and
    // the old one goes only after it: never a moment without the annotations
    const shared = fs.log.filter((l) => l.includes('kabar.sorot.json') || l.endsWith('/d/berita.sorot.json'));
    assert.match(shared[0], /^write \/d\/\.kabar\.sorot\.json\.[0-9a-f]{8}\.tmp$/);
    assert.match(shared[1], /^rename \/d\/\.kabar\.sorot\.json\.[0-9a-f]{8}\.tmp -> \/d\/kabar\.sorot\.json$/);
    assert.equal(shared[2], 'delete /d/berita.sorot.json');
  });

  it('moves nothing when a sidecar exists at a destination, and says which', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/berita.sorot.json', sidecar('berita.txt'));
    fs.put('/d/berita.budi.sorot.json', sidecar('berita.txt', 'budi'));
    fs.put('/d/kabar.budi.sorot.json', sidecar('kabar.txt', 'budi'));
    const before = new Map(fs.files);
    const moves = sidecarMovesFor('/d/kabar.txt', await new SidecarStore(fs).list('/d/berita.txt'));
    const result = await moveSidecars(fs, moves, 'kabar.txt');
    assert.deepEqual(result, { status: 'blocked', move: { from: '/d/berita.budi.sorot.json', to: '/d/kabar.budi.sorot.json' } });
    assert.deepEqual(fs.files, before, 'no file moved or written');
  });

  it('moves a sidecar it cannot parse unchanged (never writes it)', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/berita.sorot.json', '{ "schemaVersion": 1, "article": "berita.txt", "annotations": [');
    const result = await moveSidecars(fs, [{ from: '/d/berita.sorot.json', to: '/d/kabar.sorot.json' }], 'kabar.txt');
    assert.equal(result.status, 'moved');
    assert.equal(fs.text('/d/kabar.sorot.json'), '{ "schemaVersion": 1, "article": "berita.txt", "annotations": [');
    assert.ok(!fs.log.some((l) => l.startsWith('write')), fs.log.join('\n'));
  });

  it('reports a rename that fails, with what moved before it', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/berita.sorot.json', sidecar('berita.txt'));
    fs.put('/d/berita.budi.sorot.json', sidecar('berita.txt', 'budi'));
    const moves = sidecarMovesFor('/d/kabar.txt', await new SidecarStore(fs).list('/d/berita.txt'));
    const rename = fs.rename.bind(fs);
    fs.rename = async (from, to, options) => {
      if (to === '/d/kabar.budi.sorot.json') throw new Error('disk on fire');
      return rename(from, to, options);
    };
    const result = await moveSidecars(fs, moves, 'kabar.txt');
    assert.equal(result.status, 'failed');
    assert.ok(result.status === 'failed' && result.moved.length === 1 && result.failed.from === '/d/berita.budi.sorot.json' && /disk on fire/.test(result.error));
    assert.deepEqual([...fs.files.keys()].sort(), ['/d/berita.budi.sorot.json', '/d/kabar.sorot.json'], 'the one that failed stays, no temporary file is left');
  });
});
