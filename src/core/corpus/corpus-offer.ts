// Whether a workspace is already a corpus, and which folder to offer as one when a
// researcher opens a plain-text file in a workspace that is not (src/extension/offer).
// Sorot does not activate on `workspaceContains:**/*.txt` (README): it starts on any
// plain-text file and, in a workspace nobody marked, only asks.

/** The language VS Code's `files.associations` gives to a corpus folder's articles. */
const ARTICLE_LANGUAGE = 'sorot-article';

/** What the workspace's own settings say (workspace values only, not the defaults). */
export interface CorpusMarks {
  /** `sorot.corpus.folders` as set in the workspace or a workspace folder. */
  folders: unknown;
  /** `files.associations` as set in the workspace or a workspace folder. */
  associations: unknown;
}

/** The settings mark a corpus: a `sorot.corpus.folders` entry, or an association of
 *  some files with the article language (what "Use Folder as Corpus" writes). */
export function marksCorpus(marks: CorpusMarks): boolean {
  if (Array.isArray(marks.folders) && marks.folders.some((f) => typeof f === 'string')) return true;
  const a = marks.associations;
  return typeof a === 'object' && a !== null && Object.values(a).includes(ARTICLE_LANGUAGE);
}

/** A file worth the offer: a `.txt` file (path relative to its workspace folder, `/`
 *  separated) opened as plain text, outside hidden folders (`.git`, `.sorot`...) and
 *  `node_modules`, which are never articles (`sorot.corpus.exclude`'s default). */
export function isOfferedFile(relativePath: string, languageId: string): boolean {
  if (languageId !== 'plaintext' || !/\.txt$/i.test(relativePath)) return false;
  const parts = relativePath.split('/');
  return parts.slice(0, -1).every((p) => p !== '' && p !== 'node_modules' && !p.startsWith('.'));
}

/** The folder to offer for a file: its top folder under the workspace folder (`berita`
 *  for `berita/2024/a.txt`), or `.` (the workspace folder) for a file at the top. */
export function offeredFolder(relativePath: string): string {
  const slash = relativePath.indexOf('/');
  return slash < 0 ? '.' : relativePath.slice(0, slash);
}
