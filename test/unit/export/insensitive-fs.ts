// Node's file system as macOS (APFS, HFS+) and Windows (NTFS) show it to a program: names
// that differ only in case or Unicode normalisation (NFC/NFD) are one file. Every path is
// resolved, segment by segment, to the spelling already on disk, so tests on Linux meet
// what an export meets there.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system';
import type { CoreFileSystem } from '../../../src/core/fs/types';

const key = (name: string) => name.normalize('NFC').toUpperCase().toLowerCase();

/** `path` (below `root`) with each segment spelled as the entry on disk that has its key. */
async function onDisk(root: string, path: string): Promise<string> {
  if (!path.startsWith(root + '/')) return path;
  let out = root;
  for (const segment of path.slice(root.length + 1).split('/')) {
    const names = await fsp.readdir(out).catch(() => [] as string[]);
    out = join(out, names.find((n) => key(n) === key(segment)) ?? segment);
  }
  return out;
}

export function insensitiveFileSystem(root: string): CoreFileSystem {
  const at = (path: string) => onDisk(root, path);
  return {
    ...nodeFileSystem,
    readFile: async (path) => nodeFileSystem.readFile(await at(path)),
    writeFile: async (path, data) => nodeFileSystem.writeFile(await at(path), data),
    appendFile: async (path, data) => nodeFileSystem.appendFile!(await at(path), data),
    rename: async (from, to, options) => nodeFileSystem.rename(await at(from), await at(to), options),
    delete: async (path) => nodeFileSystem.delete(await at(path)),
    stat: async (path) => nodeFileSystem.stat(await at(path)),
    readDirectory: async (path) => nodeFileSystem.readDirectory(await at(path)),
    createDirectory: async (path) => nodeFileSystem.createDirectory!(await at(path)),
    realPath: async (path) => nodeFileSystem.realPath!(await at(path)),
  };
}
