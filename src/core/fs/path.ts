/**
 * Minimal path arithmetic that works on both file-system paths and URI strings, because
 * the extension hands the core `Uri.toString()` values and the CLI hands it OS paths.
 * In URI strings the last segment is percent-encoded, so names are decoded on the way
 * out and encoded on the way in; directory listings always give decoded names.
 */

const URI_PREFIX = /^[a-zA-Z][a-zA-Z0-9+.-]+:\/\//;

export function isUriString(path: string): boolean {
  return URI_PREFIX.test(path);
}

function lastSeparator(path: string): number {
  // Windows paths may use either separator; URIs only '/'.
  return isUriString(path) ? path.lastIndexOf('/') : Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
}

/** The last segment of `path`, decoded when `path` is a URI. */
export function basename(path: string): string {
  const raw = path.slice(lastSeparator(path) + 1);
  if (!isUriString(path)) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Everything before the last segment, without the trailing separator. */
export function dirname(path: string): string {
  const i = lastSeparator(path);
  if (i < 0) return '.';
  if (i === 0) return path.slice(0, 1);
  return path.slice(0, i);
}

/** Appends one entry name (as returned by readDirectory) to a directory path. */
export function joinPath(dir: string, name: string): string {
  const segment = isUriString(dir) ? encodeURIComponent(name) : name;
  if (dir.endsWith('/') || (!isUriString(dir) && dir.endsWith('\\'))) return dir + segment;
  const sep = !isUriString(dir) && dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir + sep + segment;
}

/** The sibling of `path` called `name` (same directory). */
export function siblingPath(path: string, name: string): string {
  return joinPath(dirname(path), name);
}
