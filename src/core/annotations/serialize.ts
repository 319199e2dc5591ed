/**
 * Deterministic sidecar text: fixed key order, annotations sorted by position then id,
 * 2-space JSON so every annotation object starts on its own line (git merges of two
 * annotators' additions touch different hunks), and a trailing newline.
 * For a canonical text s: serializeSidecar(parseSidecarText(s)) === s.
 */
import type { Correction } from './corrections';
import type { Annotation, ArticleMetadata, Sidecar, TextTarget } from './types';

/** Field order per kind in the sidecar (and in every export that lists fields): each
 *  actor label is followed by its KB id. */
export const FIELD_ORDER = {
  claim: ['claimant', 'claimantId', 'paraphrase', 'checkWorthiness', 'verdict'],
  stance: ['holder', 'holderId', 'target', 'polarity', 'intensity'],
  source: ['sourceName', 'sourceId', 'sourceType', 'relation'],
} as const;

export function serializeSidecar(sidecar: Sidecar): string {
  return JSON.stringify(canonicalSidecar(sidecar), null, 2) + '\n';
}

/** A copy with keys in canonical order, undefined optionals dropped and annotations sorted. */
export function canonicalSidecar(sidecar: Sidecar): Sidecar {
  const out: Sidecar = { schemaVersion: sidecar.schemaVersion, article: sidecar.article, annotations: [] };
  // Rebuild in order: optional keys are inserted between the required ones.
  const ordered: Record<string, unknown> = { schemaVersion: out.schemaVersion, article: out.article };
  if (sidecar.textHash !== undefined) ordered.textHash = sidecar.textHash;
  if (sidecar.annotator !== undefined) ordered.annotator = sidecar.annotator;
  if (sidecar.articleStatus !== undefined) ordered.articleStatus = sidecar.articleStatus;
  const metadata = canonicalMetadata(sidecar.metadata);
  if (metadata) ordered.metadata = metadata;
  ordered.annotations = sortAnnotations(sidecar.annotations.map(canonicalAnnotation));
  if (sidecar.corrections?.length) ordered.corrections = [...sidecar.corrections].map(canonicalCorrection).sort(compareAnnotations);
  return ordered as unknown as Sidecar;
}

export function canonicalAnnotation(a: Annotation): Annotation {
  const o: Record<string, unknown> = {
    id: a.id,
    kind: a.kind,
    target: canonicalTarget(a.target),
    annotator: a.annotator,
    created: a.created,
    modified: a.modified,
    status: a.status,
  };
  if (a.needsReview) o.needsReview = true;
  if (a.note !== undefined) o.note = a.note;
  o.tags = [...a.tags];
  switch (a.kind) {
    case 'claim':
      o.claim = pick(a.claim, FIELD_ORDER.claim);
      break;
    case 'stance':
      o.stance = pick(a.stance, FIELD_ORDER.stance);
      break;
    case 'source':
      o.source = pick(a.source, FIELD_ORDER.source);
      break;
  }
  return o as unknown as Annotation;
}

export function canonicalCorrection(c: Correction): Correction {
  const o: Record<string, unknown> = {
    id: c.id,
    layer: c.layer,
    decision: c.decision,
    target: canonicalTarget(c.target),
    annotator: c.annotator,
    created: c.created,
    modified: c.modified,
  };
  if (c.needsReview) o.needsReview = true;
  if (c.note !== undefined) o.note = c.note;
  const values: string[] = c.layer === 'actor' ? ['type', 'canonical', 'entityId'] : ['speaker', 'speakerId', 'form'];
  for (const k of values) {
    const v = (c as unknown as Record<string, unknown>)[k];
    if (v !== undefined) o[k] = v;
  }
  return o as unknown as Correction;
}

/** Position order, so the file reads like the article; id breaks ties deterministically. */
export function compareAnnotations(a: { id: string; target: TextTarget }, b: { id: string; target: TextTarget }): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortAnnotations<T extends { id: string; target: TextTarget }>(list: readonly T[]): T[] {
  return [...list].sort(compareAnnotations);
}

/** Canonical text of an annotation or a correction (both live in a sidecar). */
export function anchoredKey(item: Annotation | Correction): string {
  return 'layer' in item ? correctionKey(item) : annotationKey(item);
}

/** Canonical text of one correction: equal strings mean equal corrections. */
export function correctionKey(c: Correction): string {
  return JSON.stringify(canonicalCorrection(c));
}

/** Canonical text of one annotation: equal strings mean equal annotations. */
export function annotationKey(a: Annotation): string {
  return JSON.stringify(canonicalAnnotation(a));
}

/** outlet, then date; an empty object is no metadata. */
export function canonicalMetadata(m: ArticleMetadata | undefined): ArticleMetadata | undefined {
  if (!m) return undefined;
  const out: ArticleMetadata = {};
  if (m.outlet !== undefined) out.outlet = m.outlet;
  if (m.date !== undefined) out.date = m.date;
  return out.outlet === undefined && out.date === undefined ? undefined : out;
}

function canonicalTarget(t: TextTarget): TextTarget {
  return { start: t.start, end: t.end, exact: t.exact, prefix: t.prefix, suffix: t.suffix };
}

function pick<T extends object>(obj: T, keys: ReadonlyArray<keyof T>): T {
  const out = {} as T;
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}
