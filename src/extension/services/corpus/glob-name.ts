// Pure helpers (no vscode, unit-tested) for watching single folders of articles.

/** The file-name part of an articles glob, for a watcher of one folder: `**\/*.txt` -> `*.txt`. */
export function fileNamePattern(glob: string): string {
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  return last === '' || last.includes('**') ? '*' : last;
}

/** Folders the default articles excludes skip (`**\/node_modules/**`, `**\/.*\/**`). */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}
