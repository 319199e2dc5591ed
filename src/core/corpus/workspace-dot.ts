/**
 * A `sorot.corpus.folders` of ["."] in the .code-workspace file of a workspace of several
 * folders. An earlier Sorot wrote it there when the researcher marked one folder as a
 * corpus ("Use Folder as Corpus"); "." is relative to each workspace folder, so it made
 * every folder a corpus, and folders marked correctly since (their own settings) do not
 * undo it for the others (corpusFoldersOf reads the workspace's value for a folder
 * without its own). Which folder it was written for is not in the file. So Sorot keeps
 * reading it as it always has (every folder: no article disappears without a word), asks
 * once which folder is the corpus, and moves the "." to that folder's own settings only
 * when the researcher has answered: the workspace file is theirs.
 */
import { namesFolders, normaliseFolder } from './scope';

/** Whether a workspace of `folderCount` folders has the stray "." in its workspace-level
 *  value (other entries, "berita", mean the same folder name in each workspace folder,
 *  which may be meant). */
export function hasWorkspaceDot(folderCount: number, workspaceValue: unknown): workspaceValue is unknown[] {
  return folderCount > 1 && namesFolders(workspaceValue) && workspaceValue.some(isTheDot);
}

/** An entry naming the whole folder (".", "./", " . "): the stray "." itself; not an empty
 *  entry, which names nothing. */
function isTheDot(f: unknown): boolean {
  return typeof f === 'string' && f.trim() !== '' && normaliseFolder(f) === '';
}

/** The folders the "." makes corpora: those without a list of their own (a folder's own
 *  value wins over the workspace's), in the workspace's order. The ones to offer. */
export function foldersTheDotMarks<F>(folders: readonly F[], ownValue: (folder: F) => unknown): F[] {
  return folders.filter((f) => !namesFolders(ownValue(f)));
}

export interface DotMove {
  /** The workspace's new value: its other entries, or undefined (the setting removed). */
  workspace: unknown[] | undefined;
  /** The chosen folder's new own value: its entries and "." (the whole folder). */
  own: unknown[];
}

/** The settings after the researcher said the "." was written for one folder. */
export function moveWorkspaceDot(workspaceValue: readonly unknown[], ownValue: unknown): DotMove {
  const rest = workspaceValue.filter((f) => !isTheDot(f));
  const own = Array.isArray(ownValue) ? [...ownValue] : [];
  if (!own.some((f) => typeof f === 'string' && normaliseFolder(f) === '')) own.push('.');
  return { workspace: namesFolders(rest) ? rest : undefined, own };
}
