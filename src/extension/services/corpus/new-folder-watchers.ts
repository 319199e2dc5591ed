// Watchers of their own for folders created while Sorot runs.
//
// VS Code's recursive workspace watcher (@parcel/watcher, inotify on Linux) misses a
// folder created inside a folder it has only just started to watch: after `mkdir -p a/b`
// (or a folder tree copied in) no change in a/b is ever reported. With the watcher alone
// (the @parcel/watcher that code-server 4.139 ships) on the loaded 2-core test machine,
// an edit of a/b/x.txt went unreported in 34 of 40 runs, one of a/x.txt in a new a/ in
// 0 of 40. The Articles view then kept an edited headline for good.
//
// So each folder created while Sorot runs, and each folder inside it, gets a
// non-recursive watcher (VS Code serves one with fs.watch on that very folder, not with
// the recursive watcher) for the file names the articles glob can match. Such a watcher
// is live only a moment after it is asked for: its user reads the new folders again
// `settleMs` later (`settled`), which picks up what changed in that moment. Both the
// Articles view and the corpus index use it: each misses the same events without it.
import * as vscode from 'vscode';
import { isSkippedFolder } from './glob-name';

/** Beyond this many, new folders rely on the workspace watcher alone (each costs an inotify watch). */
export const MAX_WATCHED_FOLDERS = 256;
const SETTLE_MS = 1500;

export interface NewFolderEvents {
  created(uri: vscode.Uri): void;
  changed(uri: vscode.Uri): void;
  deleted(uri: vscode.Uri): void;
  /** The watchers asked for have had time to start: read again what may have changed
   *  meanwhile under `folders` (the folders added since the last call). */
  settled(folders: vscode.Uri[]): void;
  /** A file met while walking a new folder (it may have been written before any watcher saw it). */
  listed?(uri: vscode.Uri): void;
}

export class NewFolderWatchers implements vscode.Disposable {
  private readonly watchers = new Map<string, vscode.Disposable>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private unsettled: vscode.Uri[] = [];

  constructor(
    private readonly namePattern: string,
    private readonly events: NewFolderEvents,
    private readonly settleMs = SETTLE_MS,
  ) {}

  get size(): number {
    return this.watchers.size;
  }

  /** Watches `folder` and every folder inside it (hidden folders and node_modules aside). */
  async add(folder: vscode.Uri): Promise<void> {
    if (isSkippedFolder(folder.path.slice(folder.path.lastIndexOf('/') + 1))) return;
    const queue = [folder];
    let added = false;
    while (queue.length > 0 && this.watchers.size < MAX_WATCHED_FOLDERS) {
      const dir = queue.shift()!;
      if (!this.watchers.has(dir.toString())) {
        this.watchers.set(dir.toString(), this.watch(dir));
        added = true;
      }
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        continue; // gone again
      }
      for (const [name, type] of entries) {
        if (type & vscode.FileType.Directory && !isSkippedFolder(name)) queue.push(vscode.Uri.joinPath(dir, name));
        else if (type & vscode.FileType.File) this.events.listed?.(vscode.Uri.joinPath(dir, name));
      }
    }
    if (added) {
      this.unsettled.push(folder);
      if (this.settleTimer) clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => {
        this.settleTimer = undefined;
        const folders = this.unsettled;
        this.unsettled = [];
        this.events.settled(folders);
      }, this.settleMs);
    }
  }

  /** A folder (or file) was deleted: the watchers of it and of the folders below it go. */
  remove(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : `${key}/`;
    for (const [k, w] of [...this.watchers]) {
      if (k === key || k.startsWith(prefix)) {
        w.dispose();
        this.watchers.delete(k);
      }
    }
  }

  dispose(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
  }

  private watch(dir: vscode.Uri): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, this.namePattern));
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((u) => this.events.created(u)),
      watcher.onDidChange((u) => this.events.changed(u)),
      watcher.onDidDelete((u) => this.events.deleted(u)),
    );
  }
}
