// Lists the corpus scope's articles and reads their headlines. Reads go through
// vscode.workspace.fs so virtual workspaces work too, a few at a time so a large
// corpus does not flood the extension host; on the desktop, files on this host's disk
// are read by a worker thread instead (headlines-away.ts).
import * as vscode from 'vscode';
import { placeInFolders } from './folder-place';
import { headlineOfBytes } from './headline';
import type { HeadlineRead } from './headline-task';
import type { HeadlinesAway } from './headlines-away';
import type { WorkspaceCorpusScope } from '../services/corpus-scope';
import type { ArticleEntry } from '../services/article-contributors';
import { hostSlices, yieldToEventLoop } from '../event-loop';

const READ_CONCURRENCY = 16;
/** Files listed above which the headlines go to a worker thread (when the host has one):
 *  starting one costs the host more than reading a few hundred files itself. */
const READ_AWAY_ABOVE = 1000;

/** An entry for a file that is listed but not read yet. */
export function listedEntry(uri: vscode.Uri, where = placeOf(uri)): ArticleEntry | undefined {
  if (!where) return undefined;
  return { uri, relativePath: where.relativePath, workspaceFolder: where.workspaceFolder, headline: undefined, loading: true };
}

/** Where a file is in the workspace: by its path (folder-place.ts), or VS Code's answer. */
export function placeOf(uri: vscode.Uri): { workspaceFolder: vscode.WorkspaceFolder; relativePath: string } | undefined {
  const placed = placeInFolders(uri, vscode.workspace.workspaceFolders ?? []);
  if (placed) return { workspaceFolder: placed.folder, relativePath: placed.relativePath };
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
  return workspaceFolder && { workspaceFolder, relativePath: vscode.workspace.asRelativePath(uri, false) };
}

export async function readEntry(uri: vscode.Uri): Promise<ArticleEntry | undefined> {
  const where = placeOf(uri);
  if (!where) return undefined;
  const { workspaceFolder, relativePath } = where;
  try {
    const result = headlineOfBytes(await vscode.workspace.fs.readFile(uri));
    if ('error' in result) return { uri, relativePath, workspaceFolder, headline: result.headline, problem: result.error };
    return { uri, relativePath, workspaceFolder, headline: result.headline };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined; // deleted meanwhile
    return { uri, relativePath, workspaceFolder, headline: undefined, problem: `cannot read the file: ${(e as Error).message}` };
  }
}

/** The entry of a file whose headline a worker read; read here again when it could not. */
async function entryOf(uri: vscode.Uri, read: HeadlineRead): Promise<ArticleEntry | undefined> {
  if (read === 'missing') return undefined; // deleted meanwhile
  if (read === 'unread') return readEntry(uri);
  const where = placeOf(uri);
  if (!where) return undefined;
  const { workspaceFolder, relativePath } = where;
  return read.error === undefined ? { uri, relativePath, workspaceFolder, headline: read.headline } : { uri, relativePath, workspaceFolder, headline: read.headline, problem: read.error };
}

export async function scanArticles(
  scope: WorkspaceCorpusScope,
  token?: vscode.CancellationToken,
  onListed?: (uris: readonly vscode.Uri[]) => void,
  away?: HeadlinesAway,
): Promise<ArticleEntry[]> {
  // Unsorted: the tree sorts what it shows (articles-tree.ts), and sorting 100,000 URIs
  // here was a long task of its own.
  const uris = await scope.findArticles(undefined, token, false);
  onListed?.(uris);
  const entries: ArticleEntry[] = [];
  let next = 0;
  if (away && uris.length > READ_AWAY_ABOVE && uris.every((u) => u.scheme === 'file')) {
    // The listing's last slice and the listed rows' first (onListed) ran in this turn:
    // the first chunks' paths are made in a turn of their own (editor bench, 100,000
    // articles: the three in one block held 20 ms of CPU).
    await yieldToEventLoop();
    const slices = hostSlices();
    const take = async (from: number, reads: HeadlineRead[]): Promise<void> => {
      for (let k = 0; k < reads.length; k++) {
        const entry = await entryOf(uris[from + k] as vscode.Uri, reads[k] as HeadlineRead);
        if (entry) entries.push(entry);
        if (slices.due()) await slices.next();
      }
    };
    next = await away(uris.length, (i) => (uris[i] as vscode.Uri).fsPath, take, () => token?.isCancellationRequested === true);
  }
  const worker = async (): Promise<void> => {
    while (next < uris.length && !token?.isCancellationRequested) {
      const entry = await readEntry(uris[next++]);
      if (entry) entries.push(entry);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, uris.length) }, worker));
  return entries;
}
