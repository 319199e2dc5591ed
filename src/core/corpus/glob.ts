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
  const alternatives = globs.map((g) => globToRegExp(g).source.slice(1, -1)); // without ^ and $
  // [^] and not '.', which stops at a line break a file name may hold.
  const re = new RegExp(`^(?:${alternatives.join('|')})(?:/[^]*)?$`, 'i');
  return (relPath) => re.test(relPath.replace(/\\/g, '/'));
}

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
