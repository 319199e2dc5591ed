// Which workspace folder holds a file and the file's path in it, from the URIs' paths
// alone. getWorkspaceFolder and asRelativePath cost about 10 microseconds a file:
// listing 100,000 articles spent a second in them, in one task. Pure (no vscode import):
// the caller asks VS Code for what this cannot place.

/** What of a URI the placing needs (vscode.Uri has these). */
export interface UriParts {
  scheme: string;
  authority: string;
  path: string;
}

/** The innermost folder whose path holds the file (with the same scheme and authority),
 *  as getWorkspaceFolder answers, and the path below it; undefined when none holds it
 *  by its exact path (e.g. another case of the folder's path on a case-insensitive disk). */
export function placeInFolders<F extends { uri: UriParts }>(uri: UriParts, folders: readonly F[]): { folder: F; relativePath: string } | undefined {
  let best: { folder: F; base: string } | undefined;
  for (const folder of folders) {
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    if (folder.uri.scheme !== uri.scheme || folder.uri.authority !== uri.authority || !uri.path.startsWith(base)) continue;
    if (!best || base.length > best.base.length) best = { folder, base };
  }
  return best && { folder: best.folder, relativePath: uri.path.slice(best.base.length) };
}
