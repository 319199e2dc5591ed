/**
 * Output file names. Article paths come from the user's folders and may hold characters
 * some file systems refuse, or ".." segments; every exported path goes through here so a
 * destination can never escape the export root.
 */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// Characters Windows forbids in names, plus control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"|?*\u0000-\u001f\u007f]/g;

export function sanitizeSegment(segment: string): string {
  let s = segment.replace(FORBIDDEN, '_').replace(/[. ]+$/, (m) => '_'.repeat(m.length));
  if (s === '' ) s = '_';
  if (/^\.+$/.test(s)) s = s.replace(/\./g, '_');
  if (WINDOWS_RESERVED.test(s)) s = '_' + s;
  return s;
}

/** A relative '/'-separated path with every segment sanitized; "." segments dropped. */
export function sanitizeRelativePath(path: string): string {
  const parts = path.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  return parts.map(sanitizeSegment).join('/') || '_';
}

/** The path without its last extension: "a/b.txt" -> "a/b". */
export function stripExtension(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(0, dot) : path;
}

/**
 * Hands out distinct output paths: "a/b" twice becomes "a/b" and "a/b-2". Compared
 * case-insensitively because the export may land on a case-insensitive file system.
 */
export class UniquePaths {
  private readonly taken = new Set<string>();

  claim(base: string, extensions: readonly string[]): string {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      const keys = extensions.map((e) => (candidate + e).toLowerCase());
      if (keys.every((k) => !this.taken.has(k))) {
        for (const k of keys) this.taken.add(k);
        return candidate;
      }
    }
  }
}
