// The corpus scope: the one answer to "is this file a news article?". The Articles view,
// the corpus index, the language association (and so highlights and annotations), the
// export, the agreement report and the CLI all ask it, so they always see the same
// articles. Pure: settings and the folders Sorot exported to come in, decisions go out;
// listing files and reading settings is the caller's job.
//
// An article is a file whose path (relative to its workspace folder, '/'-separated)
//  - matches `include` (default **\/*.txt),
//  - lies in one of `folders` (none named: anywhere in the workspace folder; 'none': in
//    a workspace of several folders, one that the corpus settings leave out, see
//    corpusFoldersOf),
//  - is not excluded by `exclude`, by VS Code's `files.exclude` (a pattern that matches
//    a folder excludes everything below it), or as an annotation sidecar (*.sorot.json),
//  - and is not in a folder Sorot exported to (one holding EXPORT_MANIFEST) or below it:
//    a brat export copies every article's .txt, and those copies must never come back
//    as new articles.
// In a workspace nobody marked as a corpus (corpus-offer.ts marksCorpus), Sorot woken by
// "This File Only", a view or a command must not count the whole folder: there the scope
// is limited to the files the researcher opened as articles (`opened`), and those still
// obey the rules above (a sidecar or an export's copy opened by hand is no article).
import { EXPORT_MANIFEST } from '../export/write-files';
import { globsOrAncestors, matchesGlob } from './glob';

export const DEFAULT_INCLUDE = '**/*.txt';
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.*/**'];
/** Annotation sidecars are never articles, whatever `include` says. */
export const SIDECAR_GLOB = '**/*.sorot.json';
export { EXPORT_MANIFEST };

export interface CorpusSettings {
  /** Folders relative to the workspace folder ('' for all of it); empty: all of it;
   *  'none': this workspace folder holds no article (corpusFoldersOf says when). */
  folders: readonly string[] | 'none';
  /** Which files are articles, relative to the workspace folder. */
  include: string;
  /** Globs of files or folders that are never articles. */
  exclude: readonly string[];
  /** The globs `files.exclude` switches on. */
  filesExclude: readonly string[];
}

export interface CorpusScope {
  readonly settings: CorpusSettings;
  /** Folders (relative, '' for the root) that hold an export manifest. */
  readonly exportFolders: readonly string[];
  /** The only files (relative paths) that can be articles, when the workspace is no corpus
   *  and the researcher opened these as articles; undefined: no such limit. */
  readonly opened: readonly string[] | undefined;
  /** True when the file at `relativePath` (relative to its workspace folder) is an article. */
  isArticle(relativePath: string): boolean;
  /** True when nothing in the folder at `relativePath` can be an article (walkers skip it). */
  excludesFolder(relativePath: string): boolean;
  /** Globs (relative to the workspace folder) that list every article and maybe more:
   *  each listed path still goes through isArticle. Limited to opened files: one literal
   *  glob per file (none when nothing was opened). */
  listGlobs(): string[];
  /** One glob of everything never to list (for findFiles' exclude argument). */
  excludeGlob(): string;
  /** A copy of this scope that also knows these export folders. */
  withExportFolders(folders: readonly string[]): CorpusScope;
}

/** The settings as typed in settings.json, read defensively: a wrong type falls back to
 *  the default instead of breaking every feature that asks. */
export interface RawCorpusSettings {
  /** An array of folder strings, or 'none' (corpusFoldersOf). */
  folders?: unknown;
  include?: unknown;
  exclude?: unknown;
  /** files.exclude: { glob: boolean } */
  filesExclude?: unknown;
}

export function corpusSettings(raw: RawCorpusSettings): CorpusSettings {
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()) : undefined;
  const include = typeof raw.include === 'string' && raw.include.trim() !== '' ? raw.include.trim() : DEFAULT_INCLUDE;
  const filesExclude =
    raw.filesExclude && typeof raw.filesExclude === 'object' && !Array.isArray(raw.filesExclude)
      ? Object.entries(raw.filesExclude as Record<string, unknown>).filter(([, on]) => on === true).map(([glob]) => glob)
      : [];
  return {
    folders: raw.folders === 'none' ? 'none' : [...new Set((strings(raw.folders) ?? []).map(normaliseFolder))],
    include,
    exclude: strings(raw.exclude) ?? [...DEFAULT_EXCLUDE],
    filesExclude,
  };
}

/** `sorot.corpus.folders` for one workspace folder, as VS Code's inspect() gives it: the
 *  folder's own value (its .vscode/settings.json; in a workspace of one folder, the
 *  workspace's), the workspace's (in a workspace of several folders, its .code-workspace
 *  file) and the user's. */
export interface FoldersSettingValues {
  own?: unknown;
  workspace?: unknown;
  user?: unknown;
}

/** Which folders of one workspace folder hold articles, as corpusSettings reads `folders`:
 *  the closest list set (own, then the workspace's, then the user's: VS Code's order),
 *  each entry made relative by `relative` (undefined: a place outside this workspace
 *  folder, an absolute path of another one).
 *  - That list names no folder, or none is set: the whole workspace folder ([]), as always in a workspace
 *    of one folder, unless `otherFolderMarked` (another workspace folder's own value
 *    names folders): then 'none'. Marking folder A of a workspace of several folders
 *    writes A's own value, and must not make folder B's .txt files articles.
 *  - A value whose entries all lie outside this workspace folder: 'none' too, not the
 *    whole folder (an empty list would read as "all of it"). */
export function corpusFoldersOf(values: FoldersSettingValues, relative: (entry: string) => string | undefined, otherFolderMarked: boolean): string[] | 'none' {
  const value = [values.own, values.workspace, values.user].find((v) => v !== undefined);
  if (!namesFolders(value)) return otherFolderMarked ? 'none' : [];
  const inside = value.filter((f): f is string => typeof f === 'string' && f.trim() !== '').map(relative).filter((f): f is string => f !== undefined);
  return inside.length > 0 ? inside : 'none';
}

/** True when a setting's value is a list naming at least one folder. */
export function namesFolders(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.some((f) => typeof f === 'string' && f.trim() !== '');
}

/** Forward slashes, no "./" prefix, no trailing slash; '' for the workspace folder itself. */
export function normaliseFolder(p: string): string {
  let s = p.trim().replace(/\\/g, '/').replace(/\/+$/, '');
  while (s.startsWith('./')) s = s.slice(2);
  return s === '.' ? '' : s;
}

/** The folder of an export manifest found at `manifestPath` (relative). */
export function exportFolderOf(manifestPath: string): string | undefined {
  const p = normaliseFolder(manifestPath);
  if (p !== EXPORT_MANIFEST && !p.endsWith(`/${EXPORT_MANIFEST}`)) return undefined;
  return p.slice(0, Math.max(0, p.length - EXPORT_MANIFEST.length - 1));
}

/** `opened`: the files (relative paths) the researcher opened as articles, when only they
 *  can be articles (a workspace that is no corpus); undefined: the settings alone decide. */
export function corpusScope(settings: CorpusSettings, exportFolders: readonly string[] = [], opened?: readonly string[]): CorpusScope {
  const exports = [...new Set(exportFolders.map(normaliseFolder))];
  const openedFiles = opened && [...new Set(opened.map(normaliseFolder))].filter((p) => p !== '');
  const openedSet = openedFiles && new Set(openedFiles);
  const folders = settings.folders;
  const excludes = [SIDECAR_GLOB, ...settings.exclude, ...settings.filesExclude];
  const inFolder = (path: string, folder: string): boolean => folder === '' || path.toLowerCase().startsWith(`${folder.toLowerCase()}/`);
  /** A glob excludes a path when it matches the path or one of the folders above it. */
  const excluded = globsOrAncestors(excludes);
  return {
    settings,
    exportFolders: exports,
    opened: openedFiles,
    isArticle(relativePath) {
      const path = normaliseFolder(relativePath);
      if (path === '' || path.startsWith('../') || path === '..' || folders === 'none') return false;
      if (openedSet && !openedSet.has(path)) return false;
      if (!matchesGlob(path, settings.include)) return false;
      if (folders.length > 0 && !folders.some((f) => inFolder(path, f))) return false;
      if (exports.some((f) => inFolder(path, f))) return false;
      return !excluded(path);
    },
    excludesFolder(relativePath) {
      const path = normaliseFolder(relativePath);
      if (path === '') return false;
      if (folders === 'none') return true; // its files are looked at, none of its folders
      if (exports.some((f) => f === path || inFolder(path, f))) return true;
      // "**/node_modules/**" matches "node_modules/" (anything below), "**/.git" the folder itself
      return excludes.some((g) => matchesGlob(path, g) || matchesGlob(`${path}/`, g));
    },
    listGlobs() {
      if (openedFiles) return openedFiles.map(escapeGlob);
      if (folders === 'none') return [];
      if (folders.length === 0 || folders.includes('')) return [settings.include];
      // A folder-relative glob ("**/x") can be listed per folder; any other is listed once
      // and filtered by isArticle.
      if (!settings.include.startsWith('**/')) return [settings.include];
      return folders.map((f) => `${escapeGlob(f)}/${settings.include}`);
    },
    excludeGlob() {
      const all = [...new Set([...excludes, ...exports.map((f) => (f === '' ? '**' : `${escapeGlob(f)}/**`))])];
      return all.length === 1 ? (all[0] as string) : `{${all.join(',')}}`;
    },
    withExportFolders(folders) {
      return corpusScope(settings, folders, openedFiles);
    },
  };
}

/** A literal folder name inside a glob: glob characters are escaped by a one-character class. */
function escapeGlob(path: string): string {
  return path.replace(/[*?{}[\],]/g, (c) => `[${c}]`);
}
