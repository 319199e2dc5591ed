// Article reads on the desktop: Node's fs straight from the extension host's thread
// pool. workspace.fs costs a round trip out of the extension host per call, which made
// reading a 10,000-article corpus five times slower than reading the files here. Only
// the desktop entry point (desktop.ts) imports this file: the web build has no Node.
import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { DirectoryReader } from '../../../core/corpus/walk-corpus';
import type { CacheFiles } from '../../../core/incremental/index-cache-store';
import type { FileStamp } from '../../../core/incremental/index-cache';
import { StatPace } from '../../../core/fs/stat-pace';
import { appendToExisting, nodeFileSystem } from '../../../node/file-system';
import type { ArticleFiles } from './article-files';
import { stampsAway } from './stamps-away';

/** Synchronous stats are used while they are quick (stat-pace.ts says how that is
 *  judged); after that every stat goes to the thread pool. */
const statPace = new StatPace();

/** Reads under way at once. Each is four or five operations of Node's thread pool, and
 *  each finished one a callback on the extension host's thread: 256 at once (what suits
 *  workspace.fs) finished in bursts that held the event loop between two slices of the
 *  index (a Node bench of 4,000 files and 8 ms slices, load 8: the time between two
 *  slices p90 7 ms, p99 41 ms; 16 at once p90 2 ms, p99 10 ms, as without reads, and the
 *  files were read sooner). */
const READS_AT_ONCE = 16;

/** For file: URIs only (article-files.ts preferLocal picks it by scheme). */
export const nodeArticleFiles: ArticleFiles = {
  async read(uri) {
    const file = await fs.open(uri.fsPath, 'r');
    try {
      // One open for both: the stamp is the one of the bytes read.
      const stat = await file.stat();
      return { bytes: await file.readFile(), stamp: { mtime: Math.trunc(stat.mtimeMs), size: stat.size } };
    } finally {
      await file.close();
    }
  },
  async stat(uri): Promise<FileStamp | undefined> {
    try {
      const s = await fs.stat(uri.fsPath);
      return { mtime: Math.trunc(s.mtimeMs), size: s.size };
    } catch {
      return undefined;
    }
  },
  statNow(uri): FileStamp | undefined {
    if (!statPace.isQuick) return undefined;
    const t0 = performance.now();
    try {
      const s = statSync(uri.fsPath, { throwIfNoEntry: false });
      return s && { mtime: Math.trunc(s.mtimeMs), size: s.size };
    } catch {
      return undefined; // stat() says why, if it can
    } finally {
      statPace.note(performance.now() - t0);
    }
  },
  stampsAway: (uris) => stampsAway(uris, (uri) => uri.fsPath),
  readsAtOnce: () => READS_AT_ONCE,
  append: (uri, data) => appendToExisting(uri.fsPath, data),
  cacheFiles(folder: vscode.Uri): CacheFiles {
    const at = (name: string): string => path.join(folder.fsPath, name);
    let made: Promise<unknown> | undefined;
    return {
      async read(name) {
        try {
          return await fs.readFile(at(name));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
          throw e;
        }
      },
      async write(name, data) {
        made ??= fs.mkdir(folder.fsPath, { recursive: true });
        await made;
        await fs.writeFile(at(name), data);
      },
      // rename(2) replaces the target atomically: a reader sees the old shard or the new.
      rename: (from, to) => fs.rename(at(from), at(to)),
      remove: (name) => fs.rm(at(name), { force: true }),
      oneByteText: nodeOneByteText,
    };
  },
};

/** A shard's data bytes as a one-byte string: a copy in native code (index-cache.ts). */
export function nodeOneByteText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Folder reads for listing the corpus (walk-corpus.ts) on this host's disk: OS paths. */
export const nodeDirectories: DirectoryReader = {
  readDirectory: (dir) => nodeFileSystem.readDirectory(dir),
  async stat(file) {
    // What a link points to (walk-corpus asks only about links); mtime in whole
    // milliseconds, as the index's file stamps compare it.
    const s = await fs.stat(file).catch(() => undefined);
    return s && { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: Math.trunc(s.mtimeMs) };
  },
  realPath: (p) => fs.realpath(p),
};
