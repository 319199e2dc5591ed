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
  const groups = new Map<string, Array<{ item: T; name: string }>>();
  for (const item of items) {
    // The file name is worked out once, not once per comparison.
    const { folder, fileName } = splitRelativePath(pathOf(item));
    let list = groups.get(folder);
    if (!list) groups.set(folder, (list = []));
    list.push({ item, name: fileName });
    if (slices.due()) await slices.next();
  }
  const folders = await sortInSlices([...groups.keys()], compareFolders, slices);
  const out: FolderGroup<T>[] = [];
  for (const folder of folders) {
    const named = await sortInSlices(groups.get(folder) as Array<{ item: T; name: string }>, (x, y) => compareFileNames(x.name, y.name), slices);
    const list = new Array<T>(named.length);
    for (let i = 0; i < named.length; i++) {
      list[i] = (named[i] as { item: T }).item;
      if (slices.due()) await slices.next();
    }
    out.push({ folder, items: list });
  }
  return out;
}

/** The order folders are listed in: the workspace folder itself first, then sub-folders by path. */
export function compareFolders(a: string, b: string): number {
  return a === b ? 0 : a === '' ? -1 : b === '' ? 1 : collator.compare(a, b);
}

/** The order of file names within a folder. */
export function compareFileNames(a: string, b: string): number {
  return collator.compare(a, b);
}
