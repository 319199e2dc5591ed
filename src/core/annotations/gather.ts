/**
 * Every annotation of an article, from all its sidecars (shared and per annotator), placed
 * on the article text as it is now (place.ts), for the export, the import and the
 * agreement. An unreadable sidecar becomes a problem line (with its path), never an
 * exception, and the other sidecars are still read.
 */
import { fileErrorReason } from '../fs/types';
import { countStates, placeSidecar } from './place';
import type { AnchorState, ReanchorResult } from './reanchor-offline';
import type { LoadResult, SidecarStore } from './store';
import { articleTextHash } from './text-version';
import type { Correction } from './corrections';
import type { Annotation, ArticleMetadata, ArticleStatus } from './types';

export interface GatheredAnnotations {
  /** On the current text; what could not be placed there is flagged needsReview. */
  annotations: Annotation[];
  /** Corrections of the recognized layer from every sidecar, placed like the annotations
   *  (curate() applies them over the analysis; a flagged one is not applied). */
  corrections: Correction[];
  /** Annotators with a file or an annotation for the article, sorted. */
  annotators: string[];
  problems: string[];
  /** How the annotations were placed: exact, re-anchored, needs review, orphaned. */
  anchors: Record<AnchorState, number>;
  /** What each readable sidecar says about the article itself (status, outlet and date). */
  articleFields: ArticleFields[];
}

/** One sidecar's fields about the whole article; `annotator` undefined: the shared file. */
export interface ArticleFields {
  file: string;
  annotator?: string;
  articleStatus?: ArticleStatus;
  metadata?: ArticleMetadata;
  /** How many corrections of the recognized layer the file holds (absent: none). */
  corrections?: number;
}

/** `text`: the article as it is now (decoded, BOM-less), the text every offset must count in. */
export async function gatherAnnotations(store: SidecarStore, articlePath: string, text: string): Promise<GatheredAnnotations> {
  const annotations: Annotation[] = [];
  const corrections: Correction[] = [];
  const results: ReanchorResult[] = [];
  const annotators = new Set<string>();
  const problems: string[] = [];
  const articleFields: ArticleFields[] = [];
  // Hashed only for an article with an annotation file: an export or agreement report of
  // 100,000 articles, few of them annotated, hashed every text on the extension host.
  let textHash: string | undefined;
  let refs: Awaited<ReturnType<SidecarStore['list']>> = [];
  try {
    refs = await store.list(articlePath);
  } catch (e) {
    problems.push(`${articlePath}: cannot list its folder: ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const ref of refs) {
    let loaded: LoadResult;
    try {
      loaded = await store.load(ref.path);
    } catch (e) {
      // Unreadable (permissions, a folder, an I/O error): this file is left out, not the corpus.
      problems.push(`${ref.path}: cannot be read (${fileErrorReason(e)}); its annotations are left out`);
      continue;
    }
    if (loaded.status === 'error') {
      problems.push(`${ref.path}: ${loaded.error.message}`);
      continue;
    }
    if (loaded.status !== 'loaded') continue;
    if (ref.annotator) annotators.add(ref.annotator);
    const placed = placeSidecar(loaded.sidecar, text, (textHash ??= articleTextHash(text)));
    results.push(...placed.results);
    for (const a of placed.sidecar.annotations) {
      annotations.push(a);
      annotators.add(a.annotator);
    }
    const own = placed.sidecar.corrections ?? [];
    corrections.push(...own);
    const { articleStatus, metadata } = loaded.sidecar;
    articleFields.push({ file: ref.path, ...(ref.annotator ? { annotator: ref.annotator } : {}), ...(articleStatus ? { articleStatus } : {}), ...(metadata ? { metadata } : {}), ...(own.length ? { corrections: own.length } : {}) });
  }
  return { annotations, corrections, annotators: [...annotators].sort(), problems, anchors: countStates(results), articleFields };
}
