// Reads a set of articles and all their sidecars through vscode.workspace.fs, for the
// export and the agreement report. Unreadable files are reported, never fatal.
import * as vscode from 'vscode';
import { SidecarStore, anchorChanges, gatherAnnotations, type AnchorState, type Annotation, type Correction } from '../../../core/annotations';
import { countedArticle } from '../../../core/agreement/counted-articles';
import { decodeText } from '../../../core/text/decode';
import { withListingSnapshot } from '../../../core/fs/listing-snapshot';
import { VscodeFileSystem } from '../vscode-fs';
import * as count from '../../counts';
import { sortInSlices, type TimeSlices } from '../../../core/incremental/time-slices';
import { hostSlices } from '../../event-loop';

export interface CorpusArticle {
  uri: vscode.Uri;
  /** Relative to the workspace folder, '/'-separated. */
  path: string;
  text: string;
  annotations: Annotation[];
  /** Corrections of the recognized layer, from every sidecar of the article. */
  corrections: Correction[];
  /** Annotators with a file or an annotation for this article. */
  annotators: string[];
}

export interface LoadedCorpus {
  articles: CorpusArticle[];
  problems: string[];
  /** Articles whose annotations had to be found again because the text changed. */
  notes: string[];
  cancelled: boolean;
}

export async function loadCorpus(
  uris: readonly vscode.Uri[],
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
  token?: vscode.CancellationToken,
): Promise<LoadedCorpus> {
  return loadEach(uris, readArticle, progress, token);
}

/** What the agreement report reads (loadAnnotatedCorpus). */
export interface LoadedAnnotatedCorpus extends LoadedCorpus {
  /** Only the articles with an annotation file next to them, read in full. */
  articles: CorpusArticle[];
  /** The relative paths of the other articles, not read: no file, no annotator, nothing
   *  to compare, but each is still an article of the report (with no annotator). */
  unannotated: string[];
}

/**
 * loadCorpus for the agreement report, by the rule `sorot agreement` follows too
 * (core/agreement/counted-articles.ts): an article with no annotation file next to it
 * gives the report nothing but its path, so its text is neither read nor held; it counts
 * when its folder's listing holds it (one gone meanwhile is skipped with a warning). An
 * article that is not UTF-8 and has no annotation file therefore counts as an article
 * nobody annotated, where loadCorpus skips it with a warning.
 */
export async function loadAnnotatedCorpus(
  uris: readonly vscode.Uri[],
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
  token?: vscode.CancellationToken,
): Promise<LoadedAnnotatedCorpus> {
  return loadEach(uris, readIfAnnotated, progress, token);
}

/** What reading one article gave: the article, or only its path when it was not read. */
interface ArticleRead {
  article?: CorpusArticle;
  unannotated?: string;
  problems: string[];
  note?: string;
}

async function loadEach(
  uris: readonly vscode.Uri[],
  read: (store: SidecarStore, uri: vscode.Uri) => Promise<ArticleRead>,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
  token?: vscode.CancellationToken,
): Promise<LoadedAnnotatedCorpus> {
  // Each folder listed once for the whole read (gathering an article's sidecars lists
  // its folder), and several articles read at once: each read waits on the file system,
  // one after another they left the extension host idle most of an export's time.
  const store = new SidecarStore(withListingSnapshot(new VscodeFileSystem()), undefined, undefined, () => hostSlices());
  const articles: CorpusArticle[] = [];
  const unannotated: string[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const step = uris.length ? 100 / uris.length : 0;
  for (let from = 0; from < uris.length; from += READS_AT_ONCE) {
    if (token?.isCancellationRequested) return { articles, unannotated, problems, notes, cancelled: true };
    progress?.report({ message: vscode.l10n.t('reading {0} of {1}', from + 1, count.articles(uris.length)) });
    const chunk = uris.slice(from, from + READS_AT_ONCE);
    // In the order given, whatever order the reads finish in.
    for (const done of await Promise.all(chunk.map((uri) => read(store, uri)))) {
      progress?.report({ increment: step });
      problems.push(...done.problems);
      if (done.note) notes.push(done.note);
      if (done.article) articles.push(done.article);
      if (done.unannotated !== undefined) unannotated.push(done.unannotated);
    }
  }
  return { articles, unannotated, problems, notes, cancelled: false };
}

/** Articles read at once. */
export const READS_AT_ONCE = 16;

/** Problems and notes of a read, kept by the article's place in the list given. */
export interface ReadLines {
  /** [place, problem or note lines], in the order read; sort by place to report. */
  problems: Array<[number, string[]]>;
  notes: Array<[number, string]>;
}

/**
 * The articles one at a time in path order (as the export writes them, core/export/
 * stream.ts), READS_AT_ONCE read at once, the next reads under way while the caller
 * works on the articles read: memory holds those, not the corpus (issue 19). `paths`
 * are the articles' relative paths, in the order of `uris`.
 */
export async function* readInPathOrder(uris: readonly vscode.Uri[], paths: readonly string[], lines: ReadLines, slices: TimeSlices, report?: (done: number) => void): AsyncGenerator<CorpusArticle> {
  const store = new SidecarStore(withListingSnapshot(new VscodeFileSystem()), undefined, undefined, () => hostSlices());
  // In slices: 100,000 paths sorted in one go would hold the host for a long task.
  const order = await sortInSlices(
    uris.map((_, i) => i),
    (p, q) => ((paths[p] as string) < (paths[q] as string) ? -1 : (paths[p] as string) > (paths[q] as string) ? 1 : 0),
    slices,
  );
  const readFrom = (from: number) => Promise.all(order.slice(from, from + READS_AT_ONCE).map((i) => readArticle(store, uris[i] as vscode.Uri)));
  let next = order.length ? readFrom(0) : undefined;
  for (let from = 0; next; from += READS_AT_ONCE) {
    report?.(from);
    const reads = await next;
    next = from + READS_AT_ONCE < order.length ? readFrom(from + READS_AT_ONCE) : undefined;
    for (const [k, read] of reads.entries()) {
      const at = order[from + k] as number;
      if (read.problems.length) lines.problems.push([at, read.problems]);
      if (read.note) lines.notes.push([at, read.note]);
      if (read.article) yield read.article;
    }
  }
}

/** The article in full when an annotation file lies next to it, else only its path
 *  (countedArticle). The folder's listing is the one gatherAnnotations reads next (a
 *  snapshot, listed once). */
async function readIfAnnotated(store: SidecarStore, uri: vscode.Uri): Promise<ArticleRead> {
  const counted = await countedArticle(store, uri.toString());
  if (counted === 'read') return readArticle(store, uri);
  const path = vscode.workspace.asRelativePath(uri, false);
  return counted === 'unannotated' ? { unannotated: path, problems: [] } : { problems: [`${path}: ${counted.skipped}`] };
}

/** One article and its sidecars; what cannot be read becomes problem lines. */
async function readArticle(store: SidecarStore, uri: vscode.Uri): Promise<ArticleRead> {
  const path = vscode.workspace.asRelativePath(uri, false);
  let text: string;
  try {
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
    if (!decoded.ok) return { problems: [`${path}: ${decoded.message}`] };
    text = decoded.text;
  } catch (e) {
    return { problems: [`${path}: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const gathered = await gatherAnnotations(store, uri.toString(), text);
  const note = anchorNote(path, gathered.anchors);
  return {
    article: { uri, path, text, annotations: gathered.annotations, corrections: gathered.corrections, annotators: gathered.annotators },
    problems: gathered.problems.map(displayPaths),
    ...(note ? { note } : {}),
  };
}

/** Problem lines name files by URI ("file:///…/a.sorot.json: message"); show them
 *  relative to the workspace. The URI ends at the first ": " (its own colons are not
 *  followed by a space, and it holds no spaces). */
function displayPaths(line: string): string {
  return line.replace(/^(\S+?): /, (_m, uri: string) => {
    try {
      return `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri, true), false)}: `;
    } catch {
      return `${uri}: `;
    }
  });
}

/** Says what changed under an article's annotations, or nothing when all were exact. */
function anchorNote(path: string, anchors: Record<AnchorState, number>): string | undefined {
  const c = anchorChanges(anchors);
  return c && vscode.l10n.t('{0}: the text changed since the annotations were saved: {1} found again at their new place, {2} flagged "needs review"', path, c.reanchored, c.review);
}
