// Node implementation of the core's CoreFileSystem, for the CLI, the desktop extension's
// article folders and appends (extension/services/corpus/node-article-files.ts) and tests. Accepts OS
// paths and file:// URI strings. writeFile flushes to disk (fsync) before returning so
// that atomicWrite's rename never publishes a file whose bytes are still only in cache.
import { constants, promises as fsp } from 'node:fs';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { FileSystemError, type CoreFileSystem, type ExclusiveCreate, type FileKind, type FileStat } from '../core/fs/types';
import { temporarySibling } from '../core/fs/atomic-write';

/** Opens for appending, without creating the file (appendFile). */
const APPEND_EXISTING = constants.O_WRONLY | constants.O_APPEND;

/** Appends `data` to the file at OS path `path` and flushes it to disk. Never 'a', which
 *  creates a missing file: a temporary file removed meanwhile (taken for a crash's
 *  leftover by another export) would come back without its first parts and be renamed
 *  over the target. Missing, the append fails and the file is reported. */
export async function appendToExisting(path: string, data: Uint8Array): Promise<void> {
  const handle = await fsp.open(path, APPEND_EXISTING);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function toOsPath(path: string): string {
  return path.startsWith('file://') ? fileURLToPath(path) : path;
}

/** Lock files (src/core/fs/lock.ts), owners named "pid@host". The lock's content is
 *  written to a temporary file first and linked under the lock's name, which fails with
 *  EEXIST when a lock is there: a process killed at any moment leaves no lock or a
 *  complete one. (An O_EXCL create followed by the write left an empty lock when the
 *  kill fell between the two.) Where hard links are not supported, the O_EXCL create. */
const exclusive: ExclusiveCreate = {
  async create(path, data) {
    const target = toOsPath(path);
    const temporary = temporarySibling(target);
    try {
      await fsp.writeFile(temporary, data, { flag: 'wx' });
    } catch (err) {
      throw translate(err, path);
    }
    try {
      await fsp.link(temporary, target);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      return createExclusively(target, path, data);
    } finally {
      await fsp.unlink(temporary).catch(() => undefined);
    }
  },
  owner: `${process.pid}@${hostname()}`,
  ownerAlive(owner) {
    const m = /^(\d+)@(.*)$/.exec(owner);
    if (!m || m[2] !== hostname()) return undefined;
    try {
      process.kill(Number(m[1]), 0); // signal 0: only asks whether the process exists
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ESRCH' ? false : true; // EPERM: exists, not ours
    }
  },
};

export const nodeFileSystem: CoreFileSystem = {
  exclusive,

  async readFile(path) {
    return wrap(path, async () => new Uint8Array(await fsp.readFile(toOsPath(path))));
  },

  async writeFile(path, data) {
    return wrap(path, async () => {
      const handle = await fsp.open(toOsPath(path), 'w');
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  },

  async appendFile(path, data) {
    return wrap(path, () => appendToExisting(toOsPath(path), data));
  },

  async rename(from, to, { overwrite }) {
    return wrap(to, async () => {
      if (overwrite) await renameWithRetry(toOsPath(from), toOsPath(to));
      else await renameNoReplace(toOsPath(from), toOsPath(to), to);
    });
  },

  async delete(path) {
    return wrap(path, () => fsp.rm(toOsPath(path), { recursive: true }));
  },

  async stat(path): Promise<FileStat | undefined> {
    try {
      // lstat first to tell a link from what it points to; only links cost a second call.
      const l = await fsp.lstat(toOsPath(path));
      // A dangling link is still something at `path`: reported, never taken for absent.
      const s = l.isSymbolicLink() ? await fsp.stat(toOsPath(path)).catch(() => undefined) : l;
      if (!s) return { kind: 'other', size: 0, mtime: l.mtimeMs, symbolicLink: true };
      const stat: FileStat = { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs, changeId: `${s.dev}:${s.ino}:${s.ctimeMs}` };
      if (l.isSymbolicLink()) stat.symbolicLink = true;
      return stat;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw translate(err, path);
    }
  },

  async readDirectory(path) {
    return wrap(path, async () => {
      const entries = await fsp.readdir(toOsPath(path), { withFileTypes: true });
      return entries.map((e): [string, FileKind] => [e.name, e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other']);
    });
  },

  async createDirectory(path) {
    await wrap(path, () => fsp.mkdir(toOsPath(path), { recursive: true }));
  },

  async realPath(path) {
    return wrap(path, () => fsp.realpath(toOsPath(path)));
  },
};

/** O_EXCL create, then the write: for file systems without hard links. */
async function createExclusively(target: string, path: string, data: Uint8Array): Promise<boolean> {
  let handle;
  try {
    handle = await fsp.open(target, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw translate(err, path);
  }
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
  return true;
}

async function exists(path: string): Promise<boolean> {
  return fsp.lstat(path).then(() => true, () => false);
}

/**
 * Moves `from` to `to` only if nothing is at `to`, in one step: link() fails with EEXIST
 * when something is there (a file another process created a moment ago), where a check
 * followed by rename() would replace it. The temporary name is then removed; a crash
 * between the two leaves it beside the complete target, for the sweep of leftovers.
 * Where link() fails for another reason (no hard links on FAT, exFAT, some network
 * shares, each with its own error code) it falls back to the check and the rename, and
 * the moment between them remains; a real fault (the temporary file gone) fails there.
 */
async function renameNoReplace(from: string, to: string, shown: string): Promise<void> {
  try {
    await fsp.link(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new FileSystemError('exists', `${shown} already exists`, shown);
    if (await exists(to)) throw new FileSystemError('exists', `${shown} already exists`, shown);
    await renameWithRetry(from, to);
    return;
  }
  await fsp.unlink(from).catch(() => undefined);
}

/** On Windows a rename over a file another process has open (virus scanner, indexer)
 *  fails with EPERM/EBUSY for a moment; retry briefly instead of failing the save. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES') || process.platform !== 'win32') throw err;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
}

async function wrap<T>(path: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw translate(err, path);
  }
}

function translate(err: unknown, path: string): unknown {
  if (err instanceof FileSystemError) return err;
  const e = err as NodeJS.ErrnoException;
  const code =
    e.code === 'ENOENT' ? 'not-found'
    : e.code === 'EEXIST' ? 'exists'
    : e.code === 'ENOTDIR' ? 'not-a-directory'
    : e.code === 'EACCES' || e.code === 'EPERM' ? 'no-permission'
    : 'other';
  return new FileSystemError(code, `${path}: ${e.message ?? String(err)}`, path);
}
