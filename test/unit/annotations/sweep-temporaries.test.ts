// removeStaleTemporaryFiles was never called (issue 18, point 6): a save killed between
// writing its temporary file and the rename left `.x.sorot.json.<hex>.tmp` files forever.
import assert from 'node:assert/strict';
import { SidecarStore, emptySidecar } from '../../../src/core/annotations/store';
import { MemoryFileSystem } from './memory-fs';

describe('SidecarStore removes stale temporary files where it saves', () => {
  it('once per folder, leaving other files alone', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/.a.sorot.json.0123abcd.tmp', '{"schemaVersion": 1, "art');
    fs.put('/d/catatan.tmp', 'not a Sorot temporary name');
    fs.put('/e/.b.sorot.json.89abcdef.tmp', '{');
    const store = new SidecarStore(fs);
    assert.equal((await store.save('/d/a.sorot.json', emptySidecar('a.txt'))).status, 'saved');
    assert.deepEqual([...fs.files.keys()].sort(), ['/d/a.sorot.json', '/d/catatan.tmp', '/e/.b.sorot.json.89abcdef.tmp']);
    // A second save in the same folder does not list it again.
    fs.put('/d/.a.sorot.json.fedcba98.tmp', '{');
    await store.save('/d/a.sorot.json', emptySidecar('a.txt'));
    assert.ok(fs.files.has('/d/.a.sorot.json.fedcba98.tmp'));
  });

  it("keeps a researcher's hidden .tmp files that only look like Sorot's (a date, another file's name)", async () => {
    const fs = new MemoryFileSystem();
    fs.put('/d/.catatan.20240101.tmp', 'notes of the researcher');
    fs.put('/d/.draf.txt.deadbeef.tmp', 'an editor backup, not a sidecar');
    fs.put('/d/.a.sorot.json.0123abcd.tmp', '{');
    const store = new SidecarStore(fs);
    assert.equal((await store.save('/d/a.sorot.json', emptySidecar('a.txt'))).status, 'saved');
    assert.deepEqual([...fs.files.keys()].sort(), ['/d/.catatan.20240101.tmp', '/d/.draf.txt.deadbeef.tmp', '/d/a.sorot.json']);
  });
});
