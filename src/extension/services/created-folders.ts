// The one watcher of everything created and deleted in the workspace (`**/*`), for the two
// readers that must hear of a new folder (its files may never be reported one by one,
// new-folder-watchers.ts) and of a deleted one (reported once, as the folder): the corpus
// index and the Articles view. Each of them had its own such watcher, and each asked the
// file system whether every created path was a folder, in the task that reported it: a
// `git pull` of thousands of annotation files was thousands of stats twice over, started
// in one task (editor bench, issue 19). Here a created path is a map entry; the batch is
// asked about once, a few paths at a time, in slices, the paths whose names say they are
// files (annotation files, articles) last: a new folder is not found behind them.
// Made once, at activation (extension.ts), and handed to both readers.
import * as vscode from 'vscode';
import { EventBatch } from '../../core/async/event-batch';
import { mapAtMost } from '../../core/async/map-at-most';
import { knownFilesLast } from '../../core/fs/created-paths';
import { hostSlices } from '../event-loop';

/** Paths asked about at once (each stat is a round trip to the file system). */
const STATS_AT_ONCE = 8;

export interface FolderEvents {
  /** A folder was created (found among the created paths). */
  created(folder: vscode.Uri): void;
  /** A path was deleted: a file or a folder, it cannot be told any more. */
  deleted(uri: vscode.Uri): void;
}

/** What a reader of created folders is handed. */
export interface FolderWatch {
  /** Tells `reader` of folders created and paths deleted in the workspace, until disposed. */
  watch(reader: FolderEvents): vscode.Disposable;
}

export class CreatedFolders implements FolderWatch, vscode.Disposable {
  private readonly readers = new Set<FolderEvents>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  private readonly batch = new EventBatch<string, vscode.Uri>((uris) => void this.findFolders(uris));
  private readonly subscriptions = [
    this.watcher.onDidCreate((uri) => this.batch.add(uri.toString(), uri)),
    this.watcher.onDidDelete((uri) => this.readers.forEach((r) => r.deleted(uri))),
  ];

  /** `knownFile`: true when the path's name says it is a file (still asked, last). */
  constructor(private readonly knownFile: (uri: vscode.Uri) => boolean) {}

  watch(reader: FolderEvents): vscode.Disposable {
    this.readers.add(reader);
    return new vscode.Disposable(() => this.readers.delete(reader));
  }

  private async findFolders(uris: readonly vscode.Uri[]): Promise<void> {
    const slices = hostSlices();
    await mapAtMost(knownFilesLast(uris, this.knownFile), STATS_AT_ONCE, async (uri) => {
      if (slices.due()) await slices.next();
      if (this.readers.size && (await isFolder(uri))) this.readers.forEach((r) => r.created(uri));
    });
  }

  dispose(): void {
    this.batch.dispose();
    this.subscriptions.forEach((s) => s.dispose());
    this.watcher.dispose();
    this.readers.clear();
  }
}

/** Whether `uri` is a folder now; false when it is gone again (e.g. the temporary file of
 *  an atomic save). One owner for the folder watchers here and in until-corpus.ts. */
export async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false; // gone again (e.g. the temporary file of an atomic save)
  }
}

/** The names of the folders in the folder `entry` is in, as one read of that folder
 *  finds them; none when it is gone. For many entries created in one folder, one read
 *  instead of a stat each (created-while-asleep.ts). */
export async function foldersBeside(entry: vscode.Uri): Promise<ReadonlySet<string>> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(entry, '..'));
    return new Set(entries.filter(([, type]) => (type & vscode.FileType.Directory) !== 0).map(([name]) => name));
  } catch {
    return new Set(); // gone again
  }
}
