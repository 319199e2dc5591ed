// Reads a set of articles and all their sidecars through vscode.workspace.fs, for the
// export and the agreement report. Unreadable files are reported, never fatal.
import * as vscode from 'vscode';
import { SidecarStore, anchorChanges, gatherAnnotations, type AnchorState, type Annotation, type Correction } from '../../core/annotations';
import { decodeText } from '../../core/text/decode';
import { VscodeFileSystem } from '../annotations/vscode-fs';
import * as count from '../counts';

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
  const fs = new VscodeFileSystem();
  const store = new SidecarStore(fs);
  const articles: CorpusArticle[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const step = uris.length ? 100 / uris.length : 0;
  for (const [i, uri] of uris.entries()) {
    if (token?.isCancellationRequested) return { articles, problems, notes, cancelled: true };
    if (i % 50 === 0) progress?.report({ message: vscode.l10n.t('reading {0} of {1}', i + 1, count.articles(uris.length)) });
    progress?.report({ increment: step });
    const path = vscode.workspace.asRelativePath(uri, false);
    let text: string;
    try {
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        problems.push(`${path}: ${decoded.message}`);
        continue;
      }
      text = decoded.text;
    } catch (e) {
      problems.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const gathered = await gatherAnnotations(store, uri.toString(), text);
    problems.push(...gathered.problems.map(displayPaths));
    const moved = anchorNote(path, gathered.anchors);
    if (moved) notes.push(moved);
    articles.push({ uri, path, text, annotations: gathered.annotations, corrections: gathered.corrections, annotators: gathered.annotators });
  }
  return { articles, problems, notes, cancelled: false };
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
