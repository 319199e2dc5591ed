/**
 * The curated analysis of one article, as every reader outside the live editor sees it
 * (the corpus index and with it the Actors and Articles views, corpus counts): the
 * recognizer's analysis of the text with the corrections of the researcher at work on
 * top. The live editor (DocumentAnalyses) curates with the same corrections, held in
 * memory and moved with every keystroke; here they are read from the file and placed on
 * the text given, so an article counts the same whether it is open or not.
 *
 * Whose corrections: the researcher's own annotation file, the one the editor writes:
 * `<name>.sorot.json`, or `<name>.<annotator>.sorot.json` when per-annotator files are on.
 * A colleague's file does not change what the researcher's views count.
 */
import type { Correction } from '../annotations/corrections';
import { parseSidecarBytes } from '../annotations/parse';
import { placeSidecar } from '../annotations/place';
import { SIDECAR_SUFFIX, sidecarPathFor } from '../annotations/sidecar-paths';
import { fileErrorReason, isNotFound, type CoreFileSystem } from '../fs/types';
import { summarize, type ArticleSummary } from '../incremental/article-summary';
import type { CuratedAnalysis } from './types';
import { reviewProgress, reviewQueue } from './review';

export interface OwnCorrections {
  /** The file they come from (whether or not it exists). */
  path: string;
  /** Placed on the text given; one that could not be placed is flagged needsReview. */
  corrections: Correction[];
  /** Why the file was not used (unreadable or invalid); the layer is the machine's then. */
  problem?: string;
}

/** The annotation file whose corrections count for `annotator` (undefined: the shared file). */
export function ownCorrectionsPath(articlePath: string, annotator?: string): string {
  return sidecarPathFor(articlePath, annotator);
}

/**
 * The article whose own corrections (for `annotator`) live in the annotation file `file`,
 * among the articles `isArticle` knows: `<name>.sorot.json` or `<name>.<annotator>.sorot.json`
 * is of `<name>.txt`, or of `<name>` when the article's name keeps another extension.
 */
export function articleOfOwnCorrections(file: string, annotator: string | undefined, isArticle: (path: string) => boolean): string | undefined {
  if (!file.endsWith(SIDECAR_SUFFIX)) return undefined;
  let name = file.slice(0, -SIDECAR_SUFFIX.length);
  if (annotator) {
    if (!name.endsWith(`.${annotator}`)) return undefined;
    name = name.slice(0, -annotator.length - 1);
  }
  for (const path of [`${name}.txt`, name]) if (isArticle(path) && ownCorrectionsPath(path, annotator) === file) return path;
  return undefined;
}

/** `text`: the article as it is now (decoded), the text the corrections are placed on. */
export async function readOwnCorrections(fs: CoreFileSystem, articlePath: string, text: string, annotator?: string): Promise<OwnCorrections> {
  const path = ownCorrectionsPath(articlePath, annotator);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    if (isNotFound(e)) return { path, corrections: [] };
    return { path, corrections: [], problem: `${path}: cannot be read (${fileErrorReason(e)}); its corrections are left out` };
  }
  const parsed = parseSidecarBytes(bytes);
  if (!parsed.ok) return { path, corrections: [], problem: `${path}: ${parsed.error.message}` };
  if (!parsed.sidecar.corrections?.length) return { path, corrections: [] };
  // Only the corrections are placed: the annotations are not needed for the layer.
  const placed = placeSidecar({ ...parsed.sidecar, annotations: [] }, text);
  return { path, corrections: placed.sidecar.corrections ?? [] };
}

/**
 * Changes whenever a list of corrections would curate differently: an id, a decision's
 * time, a place or a review flag. A cache of curated results keys by it.
 */
export function correctionsKey(corrections: readonly Correction[]): string {
  let key = '';
  for (const c of corrections) key += `${c.id}@${c.modified}:${c.target.start}-${c.target.end}${c.needsReview ? '?' : ''};`;
  return key;
}

/** What the corpus index keeps of an article's curated layer: counts, and how much of
 *  the layer the researcher has decided (the article is "reviewed" when all of it). */
export function summarizeCurated(curated: CuratedAnalysis, hash: string): ArticleSummary {
  const progress = reviewProgress(reviewQueue(curated));
  return { ...summarize(curated, hash), review: { decided: progress.decided, total: progress.total } };
}
