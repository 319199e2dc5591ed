// Reading a corpus in one go (export, agreement report, analysis view, CLI) gathers each
// article's sidecars by listing its folder. Listing the folder once per article made
// reading a flat folder of n articles cost n listings of n entries: the editor's export of
// 10,000 articles took 210 s, 2,000 took 20 s (editor bench), most of it waiting for
// listings. A batch read lists each folder once.
import assert from 'node:assert/strict';
import { gatherAnnotations } from '../../../src/core/annotations/gather';
import { SidecarStore } from '../../../src/core/annotations/store';
import { createAnnotation } from '../../../src/core/annotations/create';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { withListingSnapshot } from '../../../src/core/fs/listing-snapshot';
import { MemoryFileSystem } from '../annotations/memory-fs';
import { TimeSlices } from '../../../src/core/incremental/time-slices';

const enc = (s: string) => new TextEncoder().encode(s);

class CountingFs extends MemoryFileSystem {
  listings = 0;
  override async readDirectory(dir: string) {
    this.listings++;
    return super.readDirectory(dir);
  }
}

function corpus(n: number): { fs: CountingFs; text: string } {
  const fs = new CountingFs();
  const text = 'Menlu Retno berkata Indonesia mendukung perdamaian.';
  for (let i = 0; i < n; i++) fs.files.set(`/korpus/a${i}.txt`, enc(text));
  const start = text.indexOf('Indonesia');
  const a = createAnnotation({ text, start, end: start + 9, annotator: 'ana', now: 0, id: '01HZZZZZZZ0000000000000001', fields: { kind: 'claim', claim: { claimant: 'Retno' } } });
  fs.files.set('/korpus/a7.sorot.json', enc(serializeSidecar({ schemaVersion: 3, article: 'a7.txt', annotations: [a] })));
  return { fs, text };
}

describe('withListingSnapshot (a batch read lists each folder once)', () => {
  it('gathers the annotations of 200 articles of one folder with one listing, finding the same sidecars', async () => {
    const { fs, text } = corpus(200);
    const plain = new SidecarStore(fs);
    const expected = await Promise.all(Array.from({ length: 200 }, (_, i) => gatherAnnotations(plain, `/korpus/a${i}.txt`, text)));
    assert.equal(fs.listings, 200, 'one listing per article without the snapshot');
    fs.listings = 0;
    const batch = new SidecarStore(withListingSnapshot(fs));
    for (let i = 0; i < 200; i++) assert.deepEqual(await gatherAnnotations(batch, `/korpus/a${i}.txt`, text), expected[i]);
    assert.equal(fs.listings, 1);
    assert.equal(expected[7].annotations.length, 1);
  });

  it('finds each article\'s sidecars without reading the whole listing again (2,000 articles of one folder)', async () => {
    // One listing was not enough: SidecarStore.list walked every entry of it for every
    // article (and made a Set of all names), 2,000 x 2,000 entries; at 10,000 articles in
    // one folder, 100 million. Counted here as reads of the listing's elements.
    const { fs } = corpus(2000);
    let reads = 0;
    const counting = Object.assign(Object.create(fs) as CountingFs, {
      readDirectory: async (dir: string) => {
        const entries = await fs.readDirectory(dir);
        return new Proxy(entries, {
          get(target, key, receiver) {
            if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
      },
    });
    const batch = new SidecarStore(withListingSnapshot(counting));
    const found = [];
    for (let i = 0; i < 2000; i++) found.push(await batch.list(`/korpus/a${i}.txt`));
    assert.deepEqual(found[7], [{ path: '/korpus/a7.sorot.json' }]);
    assert.equal(found.filter((f) => f.length > 0).length, 1);
    assert.ok(reads <= 4 * 2001, `${reads} reads of a listing of 2,001 entries`);
  });

  it('with slices, indexes a large folder in them, once for the articles read at once, finding the same sidecars', async () => {
    // On the extension host the index of a folder of 12,334 entries was made in one
    // task (9 ms of a 20 ms block, "Compare Annotators" at 10,000 articles).
    const { fs, text } = corpus(5000);
    const plain = await Promise.all([7, 8, 4999].map((i) => gatherAnnotations(new SidecarStore(withListingSnapshot(fs)), `/korpus/a${i}.txt`, text)));
    let pauses = 0;
    let made = 0;
    const sliced = new SidecarStore(withListingSnapshot(fs), undefined, undefined, () => {
      made++;
      // Every step is due: a pause between any two steps of 1,024 entries.
      return new TimeSlices(async () => void pauses++, 0, () => 0, 1);
    });
    const found = await Promise.all([7, 8, 4999].map((i) => gatherAnnotations(sliced, `/korpus/a${i}.txt`, text)));
    assert.deepEqual(found, plain);
    assert.equal(found[0]!.annotations.length, 1);
    // Slices made: one for the index, one for the parse of a7's sidecar (in a turn of its own).
    assert.equal(made, 2, 'one index made for the three articles read at once');
    assert.equal(pauses, 4 + 1, 'a pause every 1,024 of the 5,001 entries, and one before the parse');
    await sliced.list('/korpus/a9.txt');
    assert.equal(made, 2, 'kept for the listing');
  });

  it('lists a folder again after the batch writes, renames or deletes in it', async () => {
    const { fs } = corpus(3);
    const snap = withListingSnapshot(fs);
    assert.equal((await snap.readDirectory('/korpus')).length, 4);
    await snap.writeFile('/korpus/b.txt', enc('x'));
    assert.equal((await snap.readDirectory('/korpus')).length, 5);
    await snap.rename('/korpus/b.txt', '/korpus/c.txt', { overwrite: false });
    assert.deepEqual((await snap.readDirectory('/korpus')).map(([n]) => n).filter((n) => /^[bc]\./.test(n)), ['c.txt']);
    await snap.delete('/korpus/c.txt');
    assert.equal((await snap.readDirectory('/korpus')).length, 4);
    assert.equal(fs.listings, 4);
  });

  it('does not keep a failed listing', async () => {
    const fs = new CountingFs();
    let fail = true;
    const flaky = Object.assign(Object.create(fs) as CountingFs, {
      readDirectory: async (dir: string) => {
        if (fail) { fail = false; throw new Error('busy'); }
        return fs.readDirectory(dir);
      },
    });
    const snap = withListingSnapshot(flaky);
    await assert.rejects(snap.readDirectory('/korpus'), /busy/);
    assert.deepEqual(await snap.readDirectory('/korpus'), []);
  });
});
