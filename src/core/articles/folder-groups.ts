// Groups articles by the folder that holds them, in a stable, human order (numbers
// compare by value, so "2-..." precedes "10-..."). Pure, unit-tested.

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

export function groupByFolder<T>(items: readonly T[], pathOf: (item: T) => string): FolderGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const { folder } = splitRelativePath(pathOf(item));
    let list = groups.get(folder);
    if (!list) groups.set(folder, (list = []));
    list.push(item);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareFolders(a, b))
    .map(([folder, list]) => ({ folder, items: byName(list, pathOf) }));
}

/** Sorted by file name, each name worked out once (not once per comparison). */
function byName<T>(items: T[], pathOf: (item: T) => string): T[] {
  const named = items.map((item) => ({ item, name: splitRelativePath(pathOf(item)).fileName }));
  return named.sort((x, y) => compareFileNames(x.name, y.name)).map((n) => n.item);
}

/** The order folders are listed in: the workspace folder itself first, then sub-folders by path. */
export function compareFolders(a: string, b: string): number {
  return a === b ? 0 : a === '' ? -1 : b === '' ? 1 : collator.compare(a, b);
}

/** The order of file names within a folder. */
export function compareFileNames(a: string, b: string): number {
  return collator.compare(a, b);
}
