// The Node file system's exclusive create of lock files (src/node/file-system.ts): the
// lock appears complete or not at all, a taken name is never touched, nothing is left
// beside it. (An O_EXCL create followed by a write left an empty lock when a kill fell
// between the two, and every later export of the folder waited ten minutes for it.)
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system';

describe('Node exclusive create (lock files)', () => {
  let dir: string;
  beforeEach(async () => (dir = await fsp.mkdtemp(join(tmpdir(), 'sorot-exclusive-'))));
  afterEach(() => fsp.rm(dir, { recursive: true, force: true }));

  it('creates the lock with its whole content, and leaves no other file', async () => {
    const lock = join(dir, '.a.sorot.json.lock');
    const content = new TextEncoder().encode('{"owner":"1@host","token":"t"}\n');
    assert.equal(await nodeFileSystem.exclusive!.create(lock, content), true);
    assert.deepEqual(await fsp.readFile(lock), Buffer.from(content));
    assert.deepEqual(await fsp.readdir(dir), ['.a.sorot.json.lock']);
  });

  it('refuses a taken name without touching the lock there', async () => {
    const lock = join(dir, '.a.sorot.json.lock');
    await fsp.writeFile(lock, 'theirs');
    assert.equal(await nodeFileSystem.exclusive!.create(lock, new TextEncoder().encode('mine')), false);
    assert.equal(await fsp.readFile(lock, 'utf8'), 'theirs');
    assert.deepEqual(await fsp.readdir(dir), ['.a.sorot.json.lock']);
  });

  it('of many creates at once, exactly one takes the lock', async () => {
    const lock = join(dir, '.b.lock');
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => nodeFileSystem.exclusive!.create(lock, new TextEncoder().encode(`owner ${i}`))));
    assert.equal(made.filter(Boolean).length, 1);
    assert.match(await fsp.readFile(lock, 'utf8'), /^owner \d+$/);
    assert.deepEqual(await fsp.readdir(dir), ['.b.lock']);
  });
});
