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
 * The key under which a case-insensitive, normalisation-insensitive file system (macOS,
 * Windows) files a name: two paths with one key are one file there. NFC, then case
 * folded through upper case ("straße" and "STRASSE" fold alike), so it errs towards
 * seeing a clash, which costs a "-2", never a file.
 */
export function sameNameKey(path: string): string {
  return path.normalize('NFC').toUpperCase().toLowerCase();
}

/**
 * Hands out distinct output paths: "a/b" twice becomes "a/b" and "a/b-2". Compared by
 * sameNameKey because the export may land on a case- or normalisation-insensitive disk,
 * where "Café" and "cafe\u0301" (decomposed) are one file. A folder is spelled as it was
 * first handed out ("arsip/b" after "Arsip/a" is "Arsip/b"), so every OS gets one folder
 * (and brat one annotation.conf), not two folders on Linux and one merged elsewhere.
 */
export class UniquePaths {
  private readonly taken = new Set<string>();
  private readonly folders = new Map<string, string>();

  claim(base: string, extensions: readonly string[]): string {
    const slash = base.lastIndexOf('/');
    const folder = slash < 0 ? '' : this.folder(base.slice(0, slash)) + '/';
    const name = base.slice(slash + 1);
    for (let n = 1; ; n++) {
      const candidate = folder + (n === 1 ? name : `${name}-${n}`);
      const keys = extensions.map((e) => sameNameKey(candidate + e));
      // `taken` holds folders too: a file never takes a folder's name.
      if (keys.every((k) => !this.taken.has(k))) {
        for (const k of keys) this.taken.add(k);
        return candidate;
      }
    }
  }

  /** The folder path with each level spelled as first handed out; a folder whose name a
   *  file took ("x.txt" of article "x.txt", then the folder of "x.txt/y.txt") gets a
   *  suffix, as a file and a folder cannot share a name. */
  private folder(path: string): string {
    let out = '';
    for (const segment of path.split('/')) {
      const wanted = out ? `${out}/${segment}` : segment;
      const key = sameNameKey(wanted);
      if (!this.folders.has(key)) {
        let spelled = wanted;
        for (let n = 2; this.taken.has(sameNameKey(spelled)); n++) spelled = `${wanted}-${n}`;
        this.folders.set(key, spelled);
        this.taken.add(sameNameKey(spelled));
      }
      out = this.folders.get(key)!;
    }
    return out;
  }
}
