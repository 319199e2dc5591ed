import type { CoreFileSystem } from './types';
import { basename, joinPath, siblingPath } from './path';

/**
 * Writes `data` to `path` so that a crash at any moment leaves either the old file or
 * the new one, never a torn mix: the bytes go to a temporary file in the SAME folder
 * (rename is only atomic within one file system), which then replaces the target.
 * Temporary names start with "." and end with ".tmp" so listings can skip leftovers
 * of a process killed between the two steps.
 * With `overwrite: false` an existing file at `path` is left alone (the rename fails
 * with 'exists'): the file appears complete or not at all, and nothing is replaced.
 */
export async function atomicWrite(fs: CoreFileSystem, path: string, data: Uint8Array, { overwrite = true } = {}): Promise<void> {
  const tmp = temporarySibling(path);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, path, { overwrite });
  } catch (err) {
    // The target is untouched; do not leave the half-way file behind (a full disk
    // leaves a truncated temporary file, a failed rename a complete one).
    await fs.delete(tmp).catch(() => undefined);
    throw err;
  }
}

/** `.<target name>.<8 hex>.tmp`, as temporaryName makes them. */
const TEMPORARY_NAME = /^\.(.+)\.[0-9a-f]{8}\.tmp$/;

export function isTemporaryName(name: string): boolean {
  return TEMPORARY_NAME.test(name);
}

/** The name of the file a temporary name stands in for, or undefined for another name. */
export function temporaryTarget(name: string): string | undefined {
  return TEMPORARY_NAME.exec(name)?.[1];
}

/** A fresh temporary name beside `path` (the export writes a file there, then renames it). */
export function temporarySibling(path: string): string {
  return siblingPath(path, temporaryName(basename(path)));
}

function temporaryName(name: string): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  const suffix = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `.${name}.${suffix}.tmp`;
}

/**
 * Deletes temporary files that a crashed save left in `dir`. Only files older than
 * `olderThanMs` go, so a save in progress in another window keeps its temporary file,
 * and only those standing in for a file `isTarget` accepts (the annotation store's are
 * sidecars'), so a researcher's own hidden file of a similar name stays.
 * Returns the names removed.
 */
export async function removeStaleTemporaryFiles(
  fs: CoreFileSystem,
  dir: string,
  { olderThanMs = 60 * 60 * 1000, now = Date.now(), isTarget = () => true }: { olderThanMs?: number; now?: number; isTarget?: (targetName: string) => boolean } = {},
): Promise<string[]> {
  const removed: string[] = [];
  for (const [name, kind] of await fs.readDirectory(dir)) {
    const target = temporaryTarget(name);
    if (kind !== 'file' || target === undefined || !isTarget(target)) continue;
    const path = joinPath(dir, name);
    const stat = await fs.stat(path);
    if (stat && now - stat.mtime >= olderThanMs) {
      await fs.delete(path);
      removed.push(name);
    }
  }
  return removed;
}
