// The order in which created paths are asked whether they are folders (extension/
// created-folders.ts). A `git pull` brings thousands of annotation files and perhaps
// articles, and one new folder among them: asked in the order they came, a few at a time,
// the folder waited behind every file before it (thousands of stats). Paths whose names
// say they are files are asked last, so a folder is found after a few stats.

/** The paths, those `knownFile` names last, each part in the order it came. */
export function knownFilesLast<T>(paths: readonly T[], knownFile: (path: T) => boolean): T[] {
  const first: T[] = [];
  const last: T[] = [];
  for (const p of paths) (knownFile(p) ? last : first).push(p);
  return first.concat(last);
}
