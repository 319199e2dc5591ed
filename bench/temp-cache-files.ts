// The persistent index's files in a fresh temporary folder, for the cache benches
// (index-cache.ts, index-memory.ts), as the extension gives them through workspace.fs.
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CacheFiles } from '../src/core/incremental/index-cache-store';

export function tempCacheFiles(prefix: string): { dir: string; files: CacheFiles } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files: CacheFiles = {
    read: (name) => fs.readFile(join(dir, name)).catch(() => undefined),
    write: (name, data) => fs.writeFile(join(dir, name), data),
    rename: (from, to) => fs.rename(join(dir, from), join(dir, to)),
    remove: (name) => fs.rm(join(dir, name), { force: true }),
    // As the desktop extension reads them (node-article-files.ts).
    oneByteText: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
  };
  return { dir, files };
}
