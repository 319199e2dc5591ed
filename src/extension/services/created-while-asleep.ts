// While Sorot sleeps in a workspace that is no corpus (until-corpus.ts), one watcher of
// everything created there looks for a new folder: VS Code's watcher may never report the
// annotation files a `git pull` writes into new folders, so a new folder has the start
// decided again once the writing settled. But every created entry was asked whether it is a
// folder, one stat each: an `npm install` in the workspace is thousands of entries in
// node_modules. Here the entries come as one batch per burst (EventBatch), those whose
// place says no Sorot data is read there are dropped by name without a stat, the rest are
// asked files-by-name last, and the asking stops at the first folder: one is enough. A
// burst of files with no new folder among them (a build writing into dist/) is answered by
// one read of the folder they were written in, not a stat each.
import { knownFilesLast } from '../../core/fs/created-paths';
import { isSkippedFolder } from './corpus/glob-name';

/** A name with an extension ("a.txt", "b.sorot.json"): most likely a file (still asked, last). */
const FILE_NAME = /\.[A-Za-z0-9]{1,8}$/;

/**
 * The created entries worth asking whether they are a new folder, in the order to ask.
 * `relativePath`: an entry's path relative to its workspace folder (`/` separated), or
 * undefined outside every workspace folder (dropped). Dropped by name: an entry in or
 * being a hidden folder or node_modules (`.git`, `node_modules/x`), where no article is
 * read (the articles' default excludes) and whose new folders hold no Sorot data (`.sorot`
 * has watchers of its own).
 */
export function newFolderCandidates<T>(created: readonly T[], relativePath: (entry: T) => string | undefined): T[] {
  const kept: { entry: T; path: string }[] = [];
  for (const entry of created) {
    const path = relativePath(entry);
    if (path === undefined || path === '' || path.split('/').some(isSkippedFolder)) continue;
    kept.push({ entry, path });
  }
  return knownFilesLast(kept, (k) => FILE_NAME.test(k.path)).map((k) => k.entry);
}

/** A folder this many candidates or more were created in is read once (its entries come
 *  with their kinds) instead of asking each: a build writing hundreds of files into an
 *  existing dist/ is one read, not hundreds of stats. Fewer are asked one by one: a read
 *  of a folder of thousands of articles costs more than a few stats. */
export const READ_FOLDER_FROM = 8;

/** How firstFolderAmong learns what an entry is. */
export interface FolderQuestions<T> {
  /** The entry's path, `/` separated: its folder is what comes before the last `/`. */
  pathOf(entry: T): string;
  /** Whether the entry is a folder now (one stat). */
  isFolder(entry: T): Promise<boolean>;
  /** The names of the folders now in the entry's folder (one read of it). */
  foldersBeside(entry: T): Promise<ReadonlySet<string>>;
}

/**
 * The first candidate that is a folder, else undefined; asked in the candidates' order and
 * no further than the first folder. An entry another candidate was created inside is a
 * folder without asking; the entries of a folder that many were created in are answered
 * by one read of it (READ_FOLDER_FROM); the others by one stat each.
 */
export async function firstFolderAmong<T>(candidates: readonly T[], ask: FolderQuestions<T>): Promise<T | undefined> {
  const paths = candidates.map((c) => ask.pathOf(c));
  const inFolder = new Map<string, number>();
  for (const path of paths) inFolder.set(folderOf(path), (inFolder.get(folderOf(path)) ?? 0) + 1);
  const withEntries = candidates.find((_, i) => inFolder.has(paths[i]));
  if (withEntries !== undefined) return withEntries;
  const read = new Map<string, Promise<ReadonlySet<string>>>();
  for (const [i, entry] of candidates.entries()) {
    const folder = folderOf(paths[i]);
    if ((inFolder.get(folder) ?? 0) >= READ_FOLDER_FROM) {
      if (!read.has(folder)) read.set(folder, ask.foldersBeside(entry));
      if ((await read.get(folder)!).has(paths[i].slice(paths[i].lastIndexOf('/') + 1))) return entry;
    } else if (await ask.isFolder(entry)) return entry;
  }
  return undefined;
}

/** The folder part of a `/` separated path: "" for a name alone. */
function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
