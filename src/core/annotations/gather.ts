/**
 * Every annotation of an article, from all its sidecars (shared and per annotator), for
 * the export, the import and the agreement. An unreadable sidecar becomes a problem line
 * (with its path), never an exception, and the other sidecars are still read.
 */
import { fileErrorReason } from '../fs/types';
import type { SidecarStore, LoadResult } from './store';
import type { Annotation } from './types';

export interface GatheredAnnotations {
  annotations: Annotation[];
  /** Annotators with a file or an annotation for the article, sorted. */
  annotators: string[];
  problems: string[];
}

export async function gatherAnnotations(store: SidecarStore, articlePath: string): Promise<GatheredAnnotations> {
  const annotations: Annotation[] = [];
  const annotators = new Set<string>();
  const problems: string[] = [];
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
    for (const a of loaded.sidecar.annotations) {
      annotations.push(a);
      annotators.add(a.annotator);
    }
  }
  return { annotations, annotators: [...annotators].sort(), problems };
}
