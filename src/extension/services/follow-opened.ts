// The files opened as articles in a workspace that is no corpus (corpus-scope.ts, "This
// File Only") follow what happens to them on disk; the rules are core/corpus/opened-moves.ts.
//  - Renamed or moved in VS Code (the Explorer, a WorkspaceEdit: onDidRenameFiles): the
//    new name is the article, so it opens as one and its annotations, which
//    annotations/follow-renames.ts moved along, stay in view.
//  - Deleted, in VS Code or outside (a shell, `git checkout`): the file leaves the list, so
//    no ghost stays in the workspaceState for the next windows. File watchers report
//    deletions from anywhere; each is confirmed on disk first, as a file replaced by a
//    rename (an editor's atomic save) is reported deleted at times.
//  - A rename that VS Code announced (onWillRenameFiles) and that failed leaves its path
//    marked as being renamed: a later deletion of that path then stays unfollowed until
//    the next window's start check (the Articles view still lists only files there).
//  - A file renamed outside VS Code reaches Sorot as a deletion and a creation: it leaves
//    the list, as its annotations stay behind (follow-renames.ts says why).
// The files of the remembered list are checked once at the start too: one deleted while
// no window was open leaves it then.
import * as vscode from 'vscode';
import { normaliseFolder } from '../../core/corpus/scope';
import type { FileOnlyList } from '../../core/corpus/corpus-start';
import { openedAt, openedMoved, openedWithout, type WorkspacePlace } from '../../core/corpus/opened-moves';
import { fileExists, fileIsGone } from '../file-exists';
import { workspacePath } from './corpus-scope';

/** The list of files opened as articles, as the corpus scope holds it. */
export interface OpenedList {
  /** The list now; undefined once the workspace is a corpus (nothing to follow). */
  opened(): FileOnlyList | undefined;
  /** Takes `list` as the files opened as articles (remembers it, tells the views). */
  replaceOpened(list: FileOnlyList): void;
  /** Fires when the list may have changed (among other changes). */
  onDidChange: vscode.Event<void>;
}

export function followOpenedFiles(list: OpenedList): vscode.Disposable {
  /** Paths (URI strings) VS Code is renaming now: their watcher deletion is the rename's. */
  const renaming = new Set<string>();
  /** `uri` is being renamed by VS Code, or lies in a folder that is. */
  const beingRenamed = (uri: vscode.Uri): boolean => {
    const key = uri.toString();
    return [...renaming].some((r) => key === r || key.startsWith(`${r}/`));
  };
  const placeOf = (uri: vscode.Uri): WorkspacePlace | undefined => {
    const where = workspacePath(uri);
    return where && { folder: where.folder.uri.toString(), path: normaliseFolder(where.path) };
  };
  const uriOf = ({ folder, path }: WorkspacePlace): vscode.Uri => vscode.Uri.joinPath(vscode.Uri.parse(folder, true), ...path.split('/'));
  /** Drops the listed files at or below `place` that the disk no longer holds. */
  const confirmGone = async (place: WorkspacePlace): Promise<void> => {
    const now = list.opened();
    const listed = now ? openedAt(now, place) : [];
    const gone: WorkspacePlace[] = [];
    for (const file of listed) {
      if (!beingRenamed(uriOf(file)) && (await fileIsGone(uriOf(file)))) gone.push(file);
    }
    const after = list.opened(); // read again: the list may have changed during the checks
    if (after && gone.length > 0 && openedWithout(after, gone) !== after) list.replaceOpened(openedWithout(after, gone));
  };
  // One watcher of deletions per folder holding a listed file, not one of the workspace:
  // the recursive workspace watcher misses every change in a folder created after it
  // started (new-folder-watchers.ts measured it), and a file opened as an article often
  // lies in one (a folder the researcher just made). A watcher of one folder's files is
  // served by a watch on that folder alone.
  const folderWatchers = new Map<string, vscode.Disposable>();
  const watchFolders = (): void => {
    const now = list.opened() ?? {};
    const wanted = new Set(Object.entries(now).flatMap(([folder, paths]) => paths.map((path) => uriOf({ folder, path: path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '' }).toString())));
    for (const [folder, watcher] of folderWatchers) {
      if (wanted.has(folder)) continue;
      watcher.dispose();
      folderWatchers.delete(folder);
    }
    for (const folder of wanted) {
      if (folderWatchers.has(folder)) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.parse(folder, true), '*'), true, true, false);
      watcher.onDidDelete((uri) => {
        const place = placeOf(uri);
        if (place && !beingRenamed(uri)) void confirmGone(place);
      });
      folderWatchers.set(folder, watcher);
    }
  };
  watchFolders();
  const start = list.opened();
  // the remembered files, once: only in workspace folders that are there (a folder on a
  // drive not mounted now says nothing of its files)
  if (start) {
    void (async () => {
      for (const folder of Object.keys(start)) {
        if (await fileExists(vscode.Uri.parse(folder, true))) await confirmGone({ folder, path: '' });
      }
    })();
  }
  return vscode.Disposable.from(
    { dispose: () => folderWatchers.forEach((w) => w.dispose()) },
    list.onDidChange(watchFolders),
    vscode.workspace.onWillRenameFiles((e) => {
      for (const { oldUri } of e.files) renaming.add(oldUri.toString());
    }),
    vscode.workspace.onDidRenameFiles((e) => {
      let now = list.opened();
      for (const { oldUri, newUri } of e.files) {
        renaming.delete(oldUri.toString());
        const [from, to] = [placeOf(oldUri), placeOf(newUri)];
        if (!now || !from) continue;
        // moved out of the workspace: no longer a file of it
        now = to ? openedMoved(now, from, to) : openedWithout(now, openedAt(now, from));
      }
      if (now && now !== list.opened()) list.replaceOpened(now);
    }),
  );
}
