// How the corpus index reads article files and keeps its cache. The same code runs in
// the Node extension host and in the web worker host, so the readers are injected:
// workspace.fs everywhere (every call a round trip out of the extension host), and on
// the desktop, for files on a local disk, Node's fs (node-article-files.ts, chosen by
// the desktop entry point desktop.ts; the web build never sees it).
import * as vscode from 'vscode';
import type { CacheFiles } from '../../../core/incremental/index-cache-store';
import type { FileStamp } from '../../../core/incremental/index-cache';

export interface ArticleFiles {
  /** The file's bytes and, where the file system gives it, its stamp. */
  read(uri: vscode.Uri): Promise<{ bytes: Uint8Array; stamp?: FileStamp }>;
  /** Size and modification time, or undefined when the file is not there. */
  stat(uri: vscode.Uri): Promise<FileStamp | undefined>;
  /** The same at once, where the host can ask its disk without waiting (Node's fs on a
   *  local disk); undefined when it cannot tell now (then stat()). A reopen checks the
   *  stamp of every cached article: 100,000 asynchronous stats cost a second of the
   *  extension host, synchronous ones a fifth of that. */
  statNow?(uri: vscode.Uri): FileStamp | undefined;
  /** The stamps of many files, taken away from the extension host's thread (a worker,
   *  stamps-away.ts), as [mtime, size] pairs in the order of `uris`, NaN where a file is
   *  not there; undefined where the host cannot. */
  stampsAway?(uris: readonly vscode.Uri[]): Promise<Float64Array | undefined>;
  /** How many reads of `uri`'s kind to have under way at once (undefined: as many as
   *  the corpus index asks for, which suits workspace.fs, a round trip each). */
  readsAtOnce?(uri: vscode.Uri): number | undefined;
  /** The cache's files in `folder` (created when first written). */
  cacheFiles(folder: vscode.Uri): CacheFiles;
  /** Adds bytes at the end of a file, on disk when it resolves: the export appends a
   *  large file to its temporary file this way. Only where the host can (Node's fs);
   *  workspace.fs cannot append. */
  append?(uri: vscode.Uri, data: Uint8Array): Promise<void>;
}

/** Reads through VS Code's file system API: any scheme, any host. */
export const workspaceArticleFiles: ArticleFiles = {
  async read(uri) {
    const [bytes, stat] = await Promise.all([vscode.workspace.fs.readFile(uri), statOf(uri)]);
    return stat ? { bytes, stamp: stat } : { bytes };
  },
  stat: statOf,
  cacheFiles(folder) {
    const at = (name: string): vscode.Uri => vscode.Uri.joinPath(folder, name);
    let made: Thenable<void> | undefined;
    return {
      async read(name) {
        try {
          return await vscode.workspace.fs.readFile(at(name));
        } catch (e) {
          if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
          throw e;
        }
      },
      async write(name, data) {
        made ??= vscode.workspace.fs.createDirectory(folder);
        await made;
        await vscode.workspace.fs.writeFile(at(name), data);
      },
      rename: async (from, to) => vscode.workspace.fs.rename(at(from), at(to), { overwrite: true }),
      remove: async (name) => vscode.workspace.fs.delete(at(name)),
    };
  },
};

async function statOf(uri: vscode.Uri): Promise<FileStamp | undefined> {
  try {
    const s = await vscode.workspace.fs.stat(uri);
    return { mtime: Math.trunc(s.mtime), size: s.size };
  } catch {
    return undefined;
  }
}

/** `local` for files on this host's disk (file: URIs), workspace.fs for the rest. */
export function preferLocal(local: ArticleFiles | undefined): ArticleFiles {
  if (!local) return workspaceArticleFiles;
  const pick = (uri: vscode.Uri): ArticleFiles => (uri.scheme === 'file' ? local : workspaceArticleFiles);
  return {
    read: (uri) => pick(uri).read(uri),
    stat: (uri) => pick(uri).stat(uri),
    statNow: (uri) => pick(uri).statNow?.(uri),
    stampsAway: async (uris) => (local.stampsAway && uris.every((u) => u.scheme === 'file') ? local.stampsAway(uris) : undefined),
    readsAtOnce: (uri) => pick(uri).readsAtOnce?.(uri),
    cacheFiles: (folder) => pick(folder).cacheFiles(folder),
  };
}
