// The workspace metadata table for the CLI: --articles-table FILE, else the nearest
// .sorot/articles.csv at or above the first PATH (as .sorot/actors.json is found). Its
// paths are relative to the folder holding .sorot/. A file that cannot be read is one
// problem naming it; bad rows are problems naming file and line (core/metadata).
import { promises as fsp } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ARTICLES_TABLE, describeTableProblem, normalisePath, parseArticlesTable, type TableEntry } from '../../core/metadata/articles-table';
import { decodeText } from '../../core/text/decode';
import { describeFsError } from './read-article';

export interface LoadedArticlesTable {
  file?: string;
  /** The entry of an article, by its path on disk. */
  entryFor(osPath: string): TableEntry | undefined;
  problems: string[];
}

const NONE: LoadedArticlesTable = { entryFor: () => undefined, problems: [] };

export async function loadArticlesTable(paths: readonly string[], explicit?: string): Promise<LoadedArticlesTable> {
  const file = explicit ?? (await findUp(paths[0] ?? '.', ARTICLES_TABLE.split('/').join(sep)));
  if (file === undefined) return NONE;
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(file);
  } catch (e) {
    return { ...NONE, file, problems: [`${file}: ${describeFsError(e)}`] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ...NONE, file, problems: [`${file}: ${decoded.message}`] };
  const table = parseArticlesTable(file, decoded.text);
  const folder = dirname(resolve(file));
  const root = basename(folder) === '.sorot' ? dirname(folder) : folder;
  return {
    file,
    entryFor: (osPath) => table.entries.get(normalisePath(relative(root, resolve(osPath)).split(sep).join('/'))),
    problems: table.problems.map(describeTableProblem),
  };
}

/** The nearest `name` (a relative path) at or above `from`. */
async function findUp(from: string, name: string): Promise<string | undefined> {
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
