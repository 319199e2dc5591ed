// Finding a workspace file (.sorot/actors.json, .sorot/articles.csv) the way the CLI's
// PATH arguments imply: the nearest one at or above the first PATH, as git finds .git.
import { promises as fsp } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest file `name` (a relative path) at or above `from` (a file's folder, or a folder). */
export async function findUp(from: string, name: string): Promise<string | undefined> {
  let dir = resolve(from);
  try {
    if (!(await fsp.stat(dir)).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    const candidate = join(dir, name);
    try {
      if ((await fsp.stat(candidate)).isFile()) return candidate;
    } catch {
      /* not here: look further up */
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
