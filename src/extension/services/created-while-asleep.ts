// While Sorot sleeps in a workspace that is no corpus (until-corpus.ts), one watcher of
// everything created there looks for a new folder: VS Code's watcher may never report the
// annotation files a `git pull` writes into new folders, so a new folder has the start
// decided again once the writing settled. But every created entry was asked whether it is a
// folder, one stat each: an `npm install` in the workspace is thousands of entries in
// node_modules. Here the entries come as one batch per burst (EventBatch), those whose
// place says no Sorot data is read there are dropped by name without a stat, the rest are
// asked files-by-name last, and the asking stops at the first folder: one is enough.
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

/** Asks `isFolder` of the candidates in turn until one is a folder: that one, else undefined. */
export async function firstFolderAmong<T>(candidates: readonly T[], isFolder: (entry: T) => Promise<boolean>): Promise<T | undefined> {
  for (const entry of candidates) if (await isFolder(entry)) return entry;
  return undefined;
}
