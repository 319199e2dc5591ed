// The `sorot.articles.*` settings, read defensively: a hand-edited settings.json with a
// wrong type falls back to the default instead of breaking the view.
import * as vscode from 'vscode';

export const DEFAULT_GLOB = '**/*.txt';
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.*/**'];
/** Annotation sidecars are never articles, whatever the glob says. */
const ALWAYS_EXCLUDED = ['**/*.sorot.json'];

export interface ArticlesSettings {
  glob: string;
  exclude: string[];
}

export function readArticlesSettings(): ArticlesSettings {
  const c = vscode.workspace.getConfiguration('sorot.articles');
  const glob = c.get<unknown>('glob');
  const exclude = c.get<unknown>('exclude');
  return {
    glob: typeof glob === 'string' && glob.trim() !== '' ? glob.trim() : DEFAULT_GLOB,
    exclude: Array.isArray(exclude)
      ? exclude.filter((e): e is string => typeof e === 'string' && e.trim() !== '').map((e) => e.trim())
      : DEFAULT_EXCLUDE,
  };
}

/**
 * One exclude pattern for findFiles. Passing our own pattern switches off VS Code's
 * default use of `files.exclude`, so those (boolean) entries are merged back in.
 */
export function excludePattern(settings: ArticlesSettings): string {
  const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
  const fromFiles = Object.entries(filesExclude).filter(([, on]) => on === true).map(([glob]) => glob);
  const all = [...new Set([...ALWAYS_EXCLUDED, ...settings.exclude, ...fromFiles])];
  return all.length === 1 ? all[0] : `{${all.join(',')}}`;
}
