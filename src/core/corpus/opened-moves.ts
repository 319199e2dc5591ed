// The files opened as articles in a workspace that is no corpus (corpus-start.ts
// FileOnlyList) follow what happens to them on disk. A file renamed or moved in VS Code
// (the Explorer, a WorkspaceEdit) keeps being an article under its new name: its
// annotations move with it (annotations/follow-renames.ts), and an article that turned
// into plain text by a rename would lose them from view. A file deleted leaves the list:
// kept, it stayed in the workspaceState for every next window, and a new file written
// later at that path would have become an article nobody opened as one.
// A folder renamed or deleted carries every listed file below it.
import type { FileOnlyList } from './corpus-start';

/** A file or folder of the workspace: its workspace folder's URI string and its path
 *  relative to that folder, '/'-separated. */
export interface WorkspacePlace {
  readonly folder: string;
  readonly path: string;
}

/** The listed files at `place` or below it (when it is a folder). */
export function openedAt(list: FileOnlyList, place: WorkspacePlace): WorkspacePlace[] {
  return (list[place.folder] ?? []).filter((path) => isAtOrBelow(path, place.path)).map((path) => ({ folder: place.folder, path }));
}

/** `list` with the files at or below `from` moved to `to` (a renamed file, or the same
 *  files under a renamed folder, maybe in another workspace folder); `list` itself when
 *  nothing listed was there. */
export function openedMoved(list: FileOnlyList, from: WorkspacePlace, to: WorkspacePlace): FileOnlyList {
  const moving = openedAt(list, from);
  if (moving.length === 0) return list;
  const moved = moving.map(({ path }) => ({ folder: to.folder, path: joined(to.path, from.path === '' ? path : path.slice(from.path.length + 1)) }));
  return withFiles(openedWithout(list, moving), moved);
}

/** `list` without the files `gone`; `list` itself when none was listed. A workspace folder
 *  left with no file is dropped from the list. */
export function openedWithout(list: FileOnlyList, gone: readonly WorkspacePlace[]): FileOnlyList {
  if (!gone.some((g) => list[g.folder]?.includes(g.path))) return list;
  const out: Record<string, readonly string[]> = {};
  for (const [folder, paths] of Object.entries(list)) {
    const left = paths.filter((path) => !gone.some((g) => g.folder === folder && g.path === path));
    if (left.length > 0) out[folder] = left;
  }
  return out;
}

function withFiles(list: FileOnlyList, added: readonly WorkspacePlace[]): FileOnlyList {
  const out: Record<string, readonly string[]> = { ...list };
  for (const { folder, path } of added) {
    const paths = out[folder] ?? [];
    if (!paths.includes(path)) out[folder] = [...paths, path];
  }
  return out;
}

/** `below` ('' for the folder itself) under the folder `folder` ('' for the workspace folder). */
function joined(folder: string, below: string): string {
  return folder === '' || below === '' ? folder + below : `${folder}/${below}`;
}

/** `path` is `place` or a file below the folder `place` ('' is the workspace folder). */
function isAtOrBelow(path: string, place: string): boolean {
  return place === '' || path === place || path.startsWith(`${place}/`);
}
