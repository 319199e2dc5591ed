// Groups articles by the folder that holds them, in a stable, human order (numbers
// compare by value, so "2-..." precedes "10-..."). Pure, unit-tested.
import { inOneGo, sortInSlices } from '../incremental/time-slices';

/** Names in a human order: numbers by value ("2-…" before "10-…"), case ignored. */
export const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export interface FolderGroup<T> {
  /** Folder path relative to its workspace folder, '' for the workspace folder itself. */
  folder: string;
  items: T[];
}

/** Splits a workspace-relative file path into folder and file name. */
export function splitRelativePath(relPath: string): { folder: string; fileName: string } {
  const p = relPath.replace(/\\/g, '/');
  const i = p.lastIndexOf('/');
  return i < 0 ? { folder: '', fileName: p } : { folder: p.slice(0, i), fileName: p.slice(i + 1) };
}

/** In `slices` (a list of 100,000 articles takes a good part of a second), or in one go. */
export async function groupByFolder<T>(items: readonly T[], pathOf: (item: T) => string, slices = inOneGo()): Promise<FolderGroup<T>[]> {
  const out: FolderGroup<T>[] = [];
  for (const group of await bucketByFolder(items, pathOf, slices)) out.push({ folder: group.folder, items: await sortByFileName(group.items, pathOf, slices) });
  return out;
}

/** The folders in their order, each with its items in the order given: listing a large
 *  corpus's folders needs no sort of its 100,000 file names (sortByFileName sorts one
 *  folder's when it is shown). */
export async function bucketByFolder<T>(items: readonly T[], pathOf: (item: T) => string, slices = inOneGo()): Promise<FolderGroup<T>[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const { folder } = splitRelativePath(pathOf(item));
    let list = groups.get(folder);
    if (!list) groups.set(folder, (list = []));
    list.push(item);
    if (slices.due()) await slices.next();
  }
  const folders = await sortInSlices([...groups.keys()], compareFolders, slices);
  return folders.map((folder) => ({ folder, items: groups.get(folder) as T[] }));
}

/** One folder's items by file name. */
export async function sortByFileName<T>(items: readonly T[], pathOf: (item: T) => string, slices = inOneGo()): Promise<T[]> {
  const named = new Array<{ item: T; name: string }>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    // The file name is worked out once, not once per comparison.
    named[i] = { item, name: splitRelativePath(pathOf(item)).fileName };
    if (slices.due()) await slices.next();
  }
  const sorted = await sortInSlices(named, (x, y) => compareFileNames(x.name, y.name), slices);
  const list = new Array<T>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    list[i] = (sorted[i] as { item: T }).item;
    if (slices.due()) await slices.next();
  }
  return list;
}

/** The order folders are listed in: the workspace folder itself first, then sub-folders by path. */
export function compareFolders(a: string, b: string): number {
  return a === b ? 0 : a === '' ? -1 : b === '' ? 1 : collator.compare(a, b);
}

/** The order of file names within a folder. */
export function compareFileNames(a: string, b: string): number {
  return collator.compare(a, b);
}
