// Minimal glob matcher for the corpus scope (scope.ts): **, *, ?, {a,b}. findFiles does
// the listing; this answers "is this one path an article?" synchronously, without I/O,
// the same way in the extension, the browser and the CLI.

export function matchesGlob(relPath: string, glob: string): boolean {
  return globToRegExp(glob).test(relPath.replace(/\\/g, '/'));
}

/** One test for "one of `globs` matches the path or a folder above it": a glob that
 *  matches a prefix of the path ending at a '/' matches that folder. Testing each folder
 *  against each glob took 5 microseconds a path, half a second for a 100,000-article
 *  listing before the Articles view could show. */
export function globsOrAncestors(globs: readonly string[]): (relPath: string) => boolean {
  if (globs.length === 0) return () => false;
  const source = (list: readonly string[]): string => list.map((g) => globToRegExp(g).source.slice(1, -1)).join('|'); // without ^ and $
  // [^] and not '.', which stops at a line break a file name may hold.
  const re = new RegExp(`^(?:${source(globs)})(?:/[^]*)?$`, 'i');
  // The same answer in parts, for a listing's many files of few folders. What depends
  // only on a file's folder is answered once per folder: re on the folder (a glob
  // matching it or a folder above it), and a "**/NAME/**" glob (NAME without '/')
  // matching the path, which it does when NAME matches one of the folder's parts. A
  // "**/NAME" glob is tested on the file's name alone (NAME holds no '/': it can only
  // match the last part), any other glob on the whole path. re on every path, with the
  // default excludes, was 66-95 ms of a 100,000-file listing's CPU (Node, load 15).
  const segment = /^\*\*\/([^/]+)$/;
  const inside = /^\*\*\/([^/]+)\/\*\*$/;
  const plain = (g: string, form: RegExp): boolean => form.test(g) && !(form.exec(g)?.[1] as string).includes('**');
  const byName = globs.filter((g) => plain(g, segment));
  const byFolder = globs.filter((g) => plain(g, inside));
  const others = globs.filter((g) => !byName.includes(g) && !byFolder.includes(g));
  const nameRe = byName.length > 0 ? new RegExp(`^(?:${source(byName)})$`, 'i') : undefined;
  // "**/NAME/**" matches a path when "**/NAME" matches its folder or a folder above it.
  const folderRe = byFolder.length > 0 ? new RegExp(`^(?:${source(byFolder.map((g) => g.slice(0, -3)))})(?:/.*)?$`, 'i') : undefined;
  const othersRe = others.length > 0 ? new RegExp(`^(?:${source(others)})$`, 'i') : undefined;
  const folders = new Map<string, boolean>();
  const folderExcluded = (folder: string): boolean => {
    let known = folders.get(folder);
    if (known === undefined) {
      if (folders.size >= FOLDERS_REMEMBERED) folders.clear();
      folders.set(folder, (known = re.test(folder) || (folderRe?.test(folder) ?? false)));
    }
    return known;
  };
  return (relPath) => {
    const path = relPath.includes('\\') ? relPath.replace(/\\/g, '/') : relPath;
    // '.' in the globs' patterns stops at a line break: such a path takes the one test.
    if (LINE_BREAK.test(path)) return re.test(path);
    const cut = path.lastIndexOf('/');
    if (cut >= 0 && folderExcluded(path.slice(0, cut))) return true;
    return (nameRe?.test(cut >= 0 ? path.slice(cut + 1) : path) ?? false) || (othersRe?.test(path) ?? false);
  };
}

/** Folders whose answer globsOrAncestors keeps (a listing goes folder by folder). */
const FOLDERS_REMEMBERED = 4096;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

const cache = new Map<string, RegExp>();

function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more folders; any other "**" matches anything.
        if (glob[i + 2] === '/') {
          out += '(?:.*/)?';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      out += '(?:';
      inBraces++;
    } else if (c === '}' && inBraces > 0) {
      out += ')';
      inBraces--;
    } else if (c === ',' && inBraces > 0) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  // Case-insensitive: ".TXT" files from Windows tools are the same articles.
  re = new RegExp(`^${out}$`, 'i');
  cache.set(glob, re);
  return re;
}
