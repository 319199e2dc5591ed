// Minimal glob matcher for the corpus scope (scope.ts): **, *, ?, {a,b}. findFiles does
// the listing; this answers "is this one path an article?" synchronously, without I/O,
// the same way in the extension, the browser and the CLI.

export function matchesGlob(relPath: string, glob: string): boolean {
  return globToRegExp(glob).test(relPath.replace(/\\/g, '/'));
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
