/**
 * Lists a folder tree for the corpus scope in one pass of directory reads: every file
 * outside the folders the scope leaves out, and the folders that hold an export manifest.
 * The scope (scope.ts) still decides which of the files are articles; this only
 * enumerates. On the desktop it replaces VS Code's findFiles for folders on this host's
 * disk: at 100,000 articles findFiles (a search process, then every URI sent across to
 * the extension host) took about 3 s before the Articles view could paint, and
 * the start-up search for export manifests as long again; reading the folders took 150 ms.
 * Symbolic links are followed, as VS Code's file search follows them; a folder reached
 * twice (a link cycle) is read once.
 */
import { joinPath } from '../fs/path';
import type { FileKind, FileStat } from '../fs/types';
import type { TimeSlices } from '../incremental/time-slices';
import { EXPORT_MANIFEST } from './scope';

/** The directory reads the walk needs (CoreFileSystem's). */
export interface DirectoryReader {
  /** Entry names with their kinds; a symbolic link is 'other'. */
  readDirectory(path: string): Promise<Array<[name: string, kind: FileKind]>>;
  /** What a path points to (links followed); undefined when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
  /** The path with links resolved, to read a folder reached by two ways only once. */
  realPath?(path: string): Promise<string>;
}

export interface CorpusListing {
  /** Every file below the root outside the left-out folders, relative, forward slashes. */
  files: string[];
  /** Folders (relative; '' for the root) holding an export manifest. */
  exportFolders: string[];
  /** Folders that could not be read, with why. */
  unreadable: Array<{ folder: string; reason: string }>;
}

/** Folders read at once: enough to keep the disk busy, few enough not to flood it. */
const CONCURRENT_READS = 16;

/**
 * Walks `root`, leaving out the folders `excludesFolder` names (relative paths: dot
 * folders, node_modules, exports the scope already knows). `slices`: the folders' entries
 * are taken in these (the extension host's): a folder of 12,334 entries taken in the
 * callback of its read was 10-15 ms of the host's thread, and the listing's first slice
 * after it made one block of 20 ms of CPU (editor bench, 10,000 articles, issue 19).
 */
export async function walkCorpus(fs: DirectoryReader, root: string, excludesFolder: (relativePath: string) => boolean, slices?: TimeSlices): Promise<CorpusListing> {
  const listing: CorpusListing = { files: [], exportFolders: [], unreadable: [] };
  const seen = new Set<string>();
  /** Folders to read: relative path and the path to read it by. */
  const queue: Array<[rel: string, path: string]> = [['', root]];
  const readFolder = async ([rel, path]: [string, string]): Promise<void> => {
    if (fs.realPath) {
      const real = await fs.realPath(path).catch(() => path);
      if (seen.has(real)) return;
      seen.add(real);
    }
    let entries: Array<[string, FileKind]>;
    try {
      entries = await fs.readDirectory(path);
    } catch (e) {
      listing.unreadable.push({ folder: rel, reason: e instanceof Error ? e.message : String(e) });
      return;
    }
    for (const [name, kind] of entries) {
      // The slice's clock ran on while the folder was read: a check soon after the read
      // pauses unless the read was quicker than what was left of the budget.
      if (slices?.due()) await slices.next();
      const child = rel === '' ? name : `${rel}/${name}`;
      const childPath = joinPath(path, name);
      const resolved = kind === 'other' ? (await fs.stat(childPath).catch(() => undefined))?.kind : kind;
      if (resolved === 'directory') {
        if (!excludesFolder(child)) queue.push([child, childPath]);
      } else if (resolved === 'file') {
        if (name === EXPORT_MANIFEST) listing.exportFolders.push(rel);
        listing.files.push(child);
      }
    }
  };
  const running = new Set<Promise<void>>();
  while (queue.length > 0 || running.size > 0) {
    while (queue.length > 0 && running.size < CONCURRENT_READS) {
      const read: Promise<void> = readFolder(queue.pop()!).finally(() => running.delete(read));
      running.add(read);
    }
    if (running.size > 0) await Promise.race(running);
  }
  return listing;
}
