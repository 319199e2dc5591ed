import assert from 'node:assert/strict';
import { ownersOf, SidecarListing, splitUri } from '../../../src/core/metadata/sidecar-listing';
import { sidecarAnnotator } from '../../../src/core/annotations/sidecar-paths';

const DIR = 'file:///w/berita';

describe('metadata: the listing of the workspace annotation files', () => {
  it('finds an article’s shared and per-annotator files in its folder, and only those', () => {
    const listing = new SidecarListing([`${DIR}/beras.sorot.json`, `${DIR}/beras.ani.sorot.json`, `${DIR}/beras-2.sorot.json`, `${DIR}/gula.budi.sorot.json`, 'file:///w/lain/beras.sorot.json']);
    assert.deepEqual(listing.of(`${DIR}/beras.txt`), [
      { uri: `${DIR}/beras.ani.sorot.json`, name: 'beras.ani.sorot.json', annotator: 'ani' },
      { uri: `${DIR}/beras.sorot.json`, name: 'beras.sorot.json', annotator: '' },
    ]);
    assert.deepEqual(listing.of(`${DIR}/gula.txt`).map((s) => s.annotator), ['budi']);
    assert.deepEqual(listing.of(`${DIR}/kopi.txt`), []);
    assert.equal([...listing.uris()].length, 5);
  });

  it('follows creations and deletions, keeping names as the URI spells them', () => {
    const listing = new SidecarListing();
    listing.add(`${DIR}/harga%20beras.sorot.json`);
    assert.deepEqual(listing.of(`${DIR}/harga%20beras.txt`).map((s) => s.name), ['harga%20beras.sorot.json']);
    listing.delete(`${DIR}/harga%20beras.sorot.json`);
    assert.deepEqual(listing.of(`${DIR}/harga%20beras.txt`), []);
    assert.deepEqual([...listing.namesIn(DIR)], []);
    listing.delete(`${DIR}/never-listed.sorot.json`); // a deletion of what was not listed changes nothing
    assert.deepEqual([...listing.namesIn('file:///elsewhere')], []);
  });

  it('splits a URI string into folder and name', () => {
    assert.deepEqual(splitUri(`${DIR}/beras.txt`), { folder: DIR, name: 'beras.txt' });
  });
});

describe('ownersOf: the articles a batch of annotation files belongs to', () => {
  const DIR = 'file:///w/korpus';
  const articles = [`${DIR}/beras.txt`, `${DIR}/beras.ani.txt`, `${DIR}/beras-2.txt`, `${DIR}/gula.TXT`, `${DIR}/kopi.md`, 'file:///w/lain/beras.txt', `${DIR}/a%20b.txt`];
  const sidecars = [`${DIR}/beras.sorot.json`, `${DIR}/beras.ani.sorot.json`, `${DIR}/gula.budi.sorot.json`, `${DIR}/kopi.md.sorot.json`, `${DIR}/a%20b.x.sorot.json`, `${DIR}/teh.bad!name.sorot.json`, `${DIR}/.sorot.json`];

  // The file's article: in the same folder, and its name says so (sidecarAnnotator).
  const belongs = (a: string, s: string) => splitUri(a).folder === splitUri(s).folder && sidecarAnnotator(splitUri(a).name, splitUri(s).name) !== undefined;

  it("answers as sidecarAnnotator does, in the file's folder, for every article and file", () => {
    for (const s of sidecars) {
      const owned = ownersOf([s]);
      for (const a of articles) assert.equal(owned(a), belongs(a, s), `${a} / ${s}`);
    }
    const all = ownersOf(sidecars);
    for (const a of articles) assert.equal(all(a), sidecars.some((s) => belongs(a, s)), a);
  });

  it('two files pulled among 100,000 articles: two articles to read again, not every one', () => {
    const corpus = Array.from({ length: 100_000 }, (_, i) => `${DIR}/a${i}.txt`);
    const owned = ownersOf([`${DIR}/a7.ani.sorot.json`, `${DIR}/a99999.sorot.json`]);
    assert.deepEqual(corpus.filter(owned), [`${DIR}/a7.txt`, `${DIR}/a99999.txt`]);
  });
});
