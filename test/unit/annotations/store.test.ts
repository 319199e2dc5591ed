import assert from 'node:assert/strict';
import { createAnnotation } from '../../../src/core/annotations/create';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { sidecarAnnotator, sidecarPathFor } from '../../../src/core/annotations/sidecar-paths';
import { emptySidecar, readArticleText, SidecarStore } from '../../../src/core/annotations/store';
import { TimeSlices } from '../../../src/core/incremental/time-slices';
import type { Sidecar } from '../../../src/core/annotations/types';
import { atomicWrite, isTemporaryName, removeStaleTemporaryFiles } from '../../../src/core/fs/atomic-write';
import { basename, dirname, joinPath } from '../../../src/core/fs/path';
import { fakeUlid } from './arbitraries';
import { MemoryFileSystem } from './memory-fs';

const TEXT = 'Menlu Retno berkata Indonesia mendukung perdamaian.';
let seq = 100;
function claim(start: number, end: number, id = fakeUlid(seq++)) {
  return createAnnotation({ text: TEXT, start, end, annotator: 'ana', now: 1_700_000_000_000, id, fields: { kind: 'claim', claim: { claimant: 'Retno' } } });
}
function sidecarWith(...annotations: ReturnType<typeof claim>[]): Sidecar {
  return { ...emptySidecar('berita.txt'), annotations };
}

describe('sidecar paths', () => {
  it('names shared and per-annotator sidecars and recognises them', () => {
    assert.equal(sidecarPathFor('/d/berita.txt'), '/d/berita.sorot.json');
    assert.equal(sidecarPathFor('/d/berita.txt', 'ana'), '/d/berita.ana.sorot.json');
    assert.equal(sidecarPathFor('C:\\d\\berita.txt'), 'C:\\d\\berita.sorot.json');
    assert.equal(sidecarPathFor('file:///d/berita%20baru.txt', 'ana'), 'file:///d/berita%20baru.ana.sorot.json');
    assert.equal(sidecarAnnotator('berita.txt', 'berita.sorot.json'), '');
    assert.equal(sidecarAnnotator('berita.txt', 'berita.budi.sorot.json'), 'budi');
    assert.equal(sidecarAnnotator('berita.txt', 'berita-lain.sorot.json'), undefined);
    assert.throws(() => sidecarPathFor('/d/a.txt', 'a.b'), /may only contain/);
  });

  it('splits and joins file paths and URIs', () => {
    assert.equal(basename('file:///d/berita%20baru.txt'), 'berita baru.txt');
    assert.equal(dirname('file:///d/x.txt'), 'file:///d');
    assert.equal(joinPath('file:///d', 'a b.txt'), 'file:///d/a%20b.txt');
    assert.equal(joinPath('/d/', 'a.txt'), '/d/a.txt');
  });
});

describe('atomicWrite', () => {
  it('writes a temporary sibling, then renames it over the target', async () => {
    const fs = new MemoryFileSystem();
    await atomicWrite(fs, '/d/a.sorot.json', new TextEncoder().encode('new'));
    assert.equal(fs.text('/d/a.sorot.json'), 'new');
    assert.match(fs.log[0], /^write \/d\/\.a\.sorot\.json\.[0-9a-f]{8}\.tmp$/);
    assert.ok(isTemporaryName(basename(fs.log[0].slice(6))));
    assert.equal(fs.files.size, 1);
  });

  it('leaves the old file intact and removes the temporary file when the rename fails', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/a.sorot.json', 'old');
    fs.failNextRename = true;
    await assert.rejects(atomicWrite(fs, '/d/a.sorot.json', new TextEncoder().encode('new')), /simulated/);
    assert.equal(fs.text('/d/a.sorot.json'), 'old');
    assert.deepEqual([...fs.files.keys()], ['/d/a.sorot.json']);
  });

  it('with overwrite: false, leaves an existing file alone and removes its temporary file', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/a.sorot.json', 'theirs');
    await assert.rejects(atomicWrite(fs, '/d/a.sorot.json', new TextEncoder().encode('mine'), { overwrite: false }), /exists/);
    assert.equal(fs.text('/d/a.sorot.json'), 'theirs');
    assert.deepEqual([...fs.files.keys()], ['/d/a.sorot.json']);
    await atomicWrite(fs, '/d/b.sorot.json', new TextEncoder().encode('new'), { overwrite: false });
    assert.equal(fs.text('/d/b.sorot.json'), 'new');
  });
});

describe('removeStaleTemporaryFiles', () => {
  it('removes only temporary files older than the limit', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/a.sorot.json', '{}');
    fs.put('/d/.a.sorot.json.0123abcd.tmp', 'torn');
    fs.put('/d/.hidden', 'keep');
    fs.stat = async (p: string) => (fs.files.has(p) ? { kind: 'file' as const, size: 0, mtime: p.includes('0123abcd') ? 0 : 10_000 } : undefined);
    assert.deepEqual(await removeStaleTemporaryFiles(fs, '/d', { olderThanMs: 5_000, now: 10_000 }), ['.a.sorot.json.0123abcd.tmp']);
    assert.deepEqual([...fs.files.keys()].sort(), ['/d/.hidden', '/d/a.sorot.json']);
    fs.put('/d/.b.sorot.json.0123abce.tmp', 'in progress');
    assert.deepEqual(await removeStaleTemporaryFiles(fs, '/d', { olderThanMs: 5_000, now: 10_000 }), []);
  });
});

describe('SidecarStore', () => {
  const path = '/d/berita.sorot.json';

  it('saves canonical text and loads it back', async () => {
    const fs = new MemoryFileSystem();
    const store = new SidecarStore(fs);
    assert.deepEqual(await store.load(path), { status: 'missing' });
    const s = sidecarWith(claim(20, 29), claim(0, 5));
    const saved = await store.save(path, s);
    assert.equal(saved.status, 'saved');
    assert.equal(fs.text(path), serializeSidecar(s));
    const loaded = await store.load(path);
    assert.ok(loaded.status === 'loaded');
    assert.equal(serializeSidecar(loaded.sidecar), fs.text(path));
  });

  for (const [kind, content] of [
    ['parse', '{"schemaVersion": 1, "article": "berita.txt", "annotations": [ oops ]}'],
    ['schema', '{"schemaVersion": 1, "article": "berita.txt", "annotations": [{"id": "x"}]}'],
    ['version', '{"schemaVersion": 7, "article": "berita.txt", "annotations": [], "newThing": {}}'],
    ['encoding', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ] as const) {
    it(`refuses to save over a sidecar with a ${kind} error and leaves its bytes untouched`, async () => {
      const fs = new MemoryFileSystem();
      fs.put(path, content);
      const before = (await fs.readFile(path)).slice();
      const store = new SidecarStore(fs);
      const loaded = await store.load(path);
      assert.ok(loaded.status === 'error');
      assert.equal(loaded.error.kind, kind);
      const saved = await store.save(path, sidecarWith(claim(0, 5)));
      assert.ok(saved.status === 'refused');
      assert.equal(saved.error.kind, kind);
      assert.deepEqual(await fs.readFile(path), before);
      assert.equal(fs.files.size, 1, 'no temporary file left behind');
    });
  }

  it('with slices, parses the files of loads whose reads finish together each in a turn of its own, in order', async () => {
    // Three annotation files read at once (a batch of the agreement report): the reads
    // complete in one go, and no parse may run in a read's callback or share a turn.
    const fs = new MemoryFileSystem();
    const paths = ['/d/satu.sorot.json', '/d/dua.sorot.json', '/d/tiga.sorot.json'];
    fs.put(paths[0]!, serializeSidecar(sidecarWith(claim(0, 5))));
    fs.put(paths[1]!, '{"schemaVersion": 1, "article": "berita.txt", "annotations": [ rusak ]}');
    fs.put(paths[2]!, serializeSidecar(sidecarWith(claim(20, 29))));
    const plain = await Promise.all(paths.map((p) => new SidecarStore(fs).load(p)));
    /** Each pause waits here until the test lets one turn run. */
    const turns: Array<() => void> = [];
    const store = new SidecarStore(fs, undefined, undefined, () => new TimeSlices(() => new Promise<void>((resume) => turns.push(resume))));
    const finished: number[] = [];
    const loads = paths.map((p, k) => store.load(p).then((r) => (finished.push(k), r)));
    const settle = () => new Promise<void>((done) => setImmediate(done));
    await settle();
    assert.deepEqual(finished, [], 'no file parsed in its read\'s callback');
    assert.equal(turns.length, 3, 'a pause for each file');
    for (let turn = 0; turn < 3; turn++) {
      turns[turn]!();
      await settle();
      assert.deepEqual(finished, [0, 1, 2].slice(0, turn + 1), `one parse in turn ${turn + 1}`);
    }
    assert.deepEqual(await Promise.all(loads), plain, 'the same results and errors as without slices');
    assert.ok(plain[1]!.status === 'error' && plain[1]!.error.kind === 'parse');
    const saved = await store.save(paths[1]!, sidecarWith(claim(0, 5)));
    assert.ok(saved.status === 'refused', 'a file that cannot be parsed is still never written over');
  });

  it('with slices, does not pause for a missing file; without slices, loads at once', async () => {
    const fs = new MemoryFileSystem();
    fs.put(path, serializeSidecar(sidecarWith(claim(0, 5))));
    const turns: Array<() => void> = [];
    const sliced = new SidecarStore(fs, undefined, undefined, () => new TimeSlices(() => new Promise<void>((resume) => turns.push(resume))));
    assert.deepEqual(await sliced.load('/d/lain.sorot.json'), { status: 'missing' });
    assert.equal(turns.length, 0, 'no pause when there is nothing to parse');
    const loaded = await new SidecarStore(fs).load(path);
    assert.ok(loaded.status === 'loaded' && loaded.sidecar.annotations.length === 1);
  });

  it('refuses to write annotations that are themselves invalid', async () => {
    const fs = new MemoryFileSystem();
    const store = new SidecarStore(fs);
    const bad = sidecarWith({ ...claim(0, 5), id: 'not-a-ulid' });
    const r = await store.save(path, bad);
    assert.ok(r.status === 'refused' && r.error.kind === 'schema');
    assert.equal(fs.files.size, 0);
  });

  it('merges a change made on disk since loading instead of overwriting it', async () => {
    const fs = new MemoryFileSystem();
    const shared = claim(0, 5);
    fs.put(path, serializeSidecar(sidecarWith(shared)));
    const store = new SidecarStore(fs);
    const loaded = await store.load(path);
    assert.ok(loaded.status === 'loaded');

    // Someone else adds an annotation and edits the shared one on disk...
    const theirsNew = claim(6, 11);
    fs.put(path, serializeSidecar(sidecarWith({ ...shared, note: 'theirs' }, theirsNew)));
    // ...while we edit the same one in memory and add our own.
    const mineNew = claim(20, 29);
    const saved = await store.save(path, sidecarWith({ ...shared, note: 'mine' }, mineNew));
    assert.ok(saved.status === 'saved' && saved.merged);
    const onDisk = await store.load(path);
    assert.ok(onDisk.status === 'loaded');
    const byNote = onDisk.sidecar.annotations.map((a) => [a.id === shared.id ? 'same-id' : a.id, a.note ?? '', a.tags.join()]);
    assert.equal(onDisk.sidecar.annotations.length, 4);
    assert.ok(byNote.some(([id, note]) => id === 'same-id' && note === 'theirs'));
    assert.ok(byNote.some(([id, note, tags]) => id !== 'same-id' && note === 'mine' && tags === 'conflict'));
    assert.ok(onDisk.sidecar.annotations.some((a) => a.id === theirsNew.id));
    assert.ok(onDisk.sidecar.annotations.some((a) => a.id === mineNew.id));
    assert.equal(saved.conflicts.length, 1);
    assert.equal(saved.conflicts[0].kind, 'both-changed');
  });

  it('lists the shared and per-annotator sidecars of an article, ignoring other articles and temp files', async () => {
    const fs = new MemoryFileSystem();
    for (const name of ['berita.txt', 'berita.sorot.json', 'berita.ana.sorot.json', 'berita.budi.sorot.json', 'berita.v2.txt', 'berita.v2.sorot.json', 'beritax.sorot.json', '.berita.sorot.json.0a1b2c3d.tmp']) {
      fs.put(`/d/${name}`, '{}');
    }
    const refs = await new SidecarStore(fs).list('/d/berita.txt');
    assert.deepEqual(refs, [
      { path: '/d/berita.sorot.json' },
      { path: '/d/berita.ana.sorot.json', annotator: 'ana' },
      { path: '/d/berita.budi.sorot.json', annotator: 'budi' },
    ]);
  });

  it('reads article text as strict UTF-8 without the BOM', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/a.txt', '\uFEFFSatu\r\n😀');
    const r = await readArticleText(fs, '/d/a.txt');
    assert.ok(r.ok);
    assert.equal(r.text, 'Satu\r\n😀');
    assert.equal(r.hadBom, true);
  });
});
