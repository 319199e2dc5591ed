// How the CLI reads a corpus, for every command that takes PATHs: the articles the
// corpus scope names (as the extension lists them), each with its sidecars' annotations,
// corrections and article fields; what cannot be read becomes a problem line naming the file.

import { promises as fsp } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { gatherAnnotations, type ArticleFields } from '../../core/annotations/gather';
import { anchorChanges } from '../../core/annotations/place';
import { SidecarStore } from '../../core/annotations/store';
import type { AnchorState } from '../../core/annotations/reanchor-offline';
import type { Correction } from '../../core/annotations/corrections';
import type { Annotation } from '../../core/annotations/types';
import { countedArticle } from '../../core/agreement/counted-articles';
import { corpusScope, corpusSettings } from '../../core/corpus/scope';
import { walkCorpus } from '../../core/corpus/walk-corpus';
import { withListingSnapshot } from '../../core/fs/listing-snapshot';
import { nodeFileSystem } from '../../node/file-system';
import { describeFsError, readArticle } from './read-article';

export interface CorpusArticle {
  /** '/'-separated path used in exports and reports. */
  path: string;
  /** Where the article is on disk. */
  osPath: string;
  text: string;
  annotations: Annotation[];
  /** Corrections of the recognized layer, from every sidecar of the article. */
  corrections: Correction[];
  /** Annotators with a sidecar or an annotation here. */
  annotators: string[];
}

/** Article files named by PATHs: files as given; folders searched for the articles of the
 *  corpus scope (src/core/corpus/scope.ts, default settings): *.txt outside dot folders,
 *  node_modules and folders a Sorot export wrote (holding .sorot-export.json), which the
 *  extension leaves out as well. */
export async function findArticles(paths: string[], problems: string[]): Promise<Array<{ osPath: string; path: string }>> {
  const out: Array<{ osPath: string; path: string }> = [];
  const seen = new Set<string>();
  const add = (osPath: string, display: string) => {
    const key = resolve(osPath);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ osPath, path: display.split(sep).join('/') });
  };
  const scope = corpusScope(corpusSettings({}));
  /** The folder's articles as the extension lists them (walk-corpus.ts), in the order of a
   *  depth-first walk with names sorted. */
  const walk = async (dir: string, display: string): Promise<void> => {
    const listing = await walkCorpus(nodeFileSystem, dir, (rel) => scope.excludesFolder(rel));
    for (const { folder, reason } of listing.unreadable) problems.push(`${folder ? join(dir, ...folder.split('/')) : dir}: ${reason}`);
    const articles = scope.withExportFolders(listing.exportFolders);
    const bySegments = (a: string[], b: string[]): number => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return a.length - b.length;
    };
    const files = listing.files.filter((rel) => articles.isArticle(rel)).map((rel) => rel.split('/')).sort(bySegments);
    for (const segments of files) add(join(dir, ...segments), display ? `${display}/${segments.join('/')}` : segments.join('/'));
  };
  for (const p of paths.length ? paths : ['.']) {
    let stat;
    try {
      stat = await fsp.stat(p);
    } catch (e) {
      problems.push(`${p}: ${describeFsError(e)}`);
      continue;
    }
    const rel = relative(process.cwd(), resolve(p));
    // Paths inside the working folder keep their relative form; others start at the argument.
    const display = rel.startsWith('..') || isAbsolute(rel) ? resolve(p).split(sep).pop()! : rel;
    if (stat.isDirectory()) await walk(p, display === '' ? '' : display);
    else add(p, display);
  }
  return out;
}

/** Says what changed under an article's annotations, or nothing when all were exact. */
export function anchorNote(path: string, anchors: Record<AnchorState, number>): string | undefined {
  const c = anchorChanges(anchors);
  return c && `${path}: the text changed since the annotations were saved: ${c.reanchored} found again at their new place, ${c.review} flagged needsReview`;
}

/** Reads articles and their sidecars; every unreadable file becomes a problem line. */
export async function loadCorpus(paths: string[], problems: string[], notes?: string[]): Promise<CorpusArticle[]> {
  const articles: CorpusArticle[] = [];
  for await (const { article } of readCorpus(paths, problems, notes)) articles.push(article);
  return articles;
}

/** One article at a time, for commands that keep only what they count (memory bounded
 *  by one article, not the corpus); `fields` are the sidecars' article-level fields. */
export async function* readCorpus(paths: string[], problems: string[], notes?: string[]): AsyncGenerator<{ article: CorpusArticle; fields: ArticleFields[] }> {
  const store = new SidecarStore(withListingSnapshot(nodeFileSystem));
  for (const found of await findArticles(paths, problems)) {
    const read = await readCorpusArticle(store, found);
    problems.push(...read.problems);
    notes?.push(...read.notes);
    if (read.article) yield { article: read.article, fields: read.fields };
  }
}

/** What `sorot agreement` reads, by the rule of the extension's "Compare Annotators"
 *  (core/agreement/counted-articles.ts): the annotated articles in full, and the paths of
 *  those with no annotation file, not read. */
export async function loadAgreementCorpus(paths: string[], problems: string[]): Promise<{ articles: CorpusArticle[]; unannotated: string[] }> {
  const store = new SidecarStore(withListingSnapshot(nodeFileSystem));
  const articles: CorpusArticle[] = [];
  const unannotated: string[] = [];
  for (const found of await findArticles(paths, problems)) {
    const counted = await countedArticle(store, found.osPath);
    if (counted === 'unannotated') unannotated.push(found.path);
    else if (counted !== 'read') problems.push(`${found.osPath}: ${counted.skipped}`);
    else {
      const read = await readCorpusArticle(store, found);
      problems.push(...read.problems);
      if (read.article) articles.push(read.article);
    }
  }
  return { articles, unannotated };
}

export interface CorpusArticleRead {
  article?: CorpusArticle;
  fields: ArticleFields[];
  problems: string[];
  notes: string[];
}

/** One article and its sidecars; what could not be read becomes problem lines. */
export async function readCorpusArticle(store: SidecarStore, { osPath, path }: { osPath: string; path: string }): Promise<CorpusArticleRead> {
  const read = await readArticle(osPath);
  if ('error' in read) return { fields: [], problems: [`${osPath}: ${read.error}`], notes: [] };
  const gathered = await gatherAnnotations(store, osPath, read.text);
  const moved = anchorNote(path, gathered.anchors);
  return {
    article: { path, osPath, text: read.text, annotations: gathered.annotations, corrections: gathered.corrections, annotators: gathered.annotators },
    fields: gathered.articleFields,
    problems: gathered.problems,
    notes: moved ? [moved] : [],
  };
}
