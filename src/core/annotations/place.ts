/**
 * The one step between a sidecar on disk and anyone who uses its offsets (the editor,
 * export, agreement, validate, import, the CLI): every annotation is placed on the article
 * text as it is now, or flagged needsReview. Stale offsets never leave this step.
 *
 *  - The sidecar's textHash names this very text: its offsets count in it. An annotation
 *    whose offsets still slice to its quote is exact without any search; one that does
 *    not (a hand-edited offset) is found again by quote like any other.
 *  - No textHash (a version 1 file) or another text: every annotation is found again by
 *    quote, context and old position (reanchor-offline.ts).
 * The result names the text it was placed on (textHash), so it can be written back as is.
 */
import { reanchorAll, reanchorAnnotation, type Anchored, type AnchorState, type ReanchorOptions, type ReanchorResult } from './reanchor-offline';
import { targetMatches } from './target';
import { articleTextHash } from './text-version';
import type { Correction } from './corrections';
import type { Sidecar } from './types';

export interface PlacedSidecar {
  /** The sidecar with its annotations on `text` (flagged where that was not possible). */
  sidecar: Sidecar;
  /** One result per annotation, in the order of the input sidecar. */
  results: ReanchorResult[];
  /** One result per correction of the recognized layer, in the order of the input. */
  correctionResults: ReanchorResult<Correction>[];
  /** True when the offsets in the file did not count in this text (written for another). */
  stale: boolean;
}

export function placeSidecar(sidecar: Sidecar, text: string, textHash: string = articleTextHash(text), options: ReanchorOptions = {}): PlacedSidecar {
  const stale = sidecar.textHash !== textHash;
  const place = <T extends Anchored>(list: readonly T[]): ReanchorResult<T>[] => (stale ? reanchorAll(text, list, options) : list.map((a) => verified(text, a, options)));
  const results = place(sidecar.annotations);
  const correctionResults = place(sidecar.corrections ?? []);
  const placed: Sidecar = { ...sidecar, textHash, annotations: results.map((r) => r.annotation) };
  if (sidecar.corrections) placed.corrections = correctionResults.map((r) => r.annotation);
  return { sidecar: placed, results, correctionResults, stale };
}

/** Offsets written for this very text: trusted when they slice to the quote. */
function verified<T extends Anchored>(text: string, a: T, options: ReanchorOptions): ReanchorResult<T> {
  return targetMatches(text, a.target) ? { annotation: a, state: 'exact', confidence: 1 } : reanchorAnnotation(text, a, options);
}

/** What changed under an article's annotations: how many were found again elsewhere and
 *  how many are flagged; undefined when every one was exact (nothing to say). */
export function anchorChanges(anchors: Record<AnchorState, number>): { reanchored: number; review: number } | undefined {
  const review = anchors['needs-review'] + anchors.orphaned;
  return anchors.reanchored === 0 && review === 0 ? undefined : { reanchored: anchors.reanchored, review };
}

export function countStates(results: readonly ReanchorResult[]): Record<AnchorState, number> {
  const counts: Record<AnchorState, number> = { exact: 0, reanchored: 0, 'needs-review': 0, orphaned: 0 };
  for (const r of results) counts[r.state]++;
  return counts;
}
