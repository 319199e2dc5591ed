import assert from 'node:assert/strict';
import { SidecarListing, splitUri } from '../../../src/core/metadata/sidecar-listing';

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
