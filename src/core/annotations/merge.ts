/**
 * Three-way merge of a sidecar that changed on disk while the user edited it in memory.
 * base = the version last loaded, mine = in memory, theirs = on disk now. Annotations
 * are matched by id. Nothing is ever dropped silently: when both sides changed the same
 * annotation, theirs keeps the id and mine is kept as a copy with a new id and the tag
 * "conflict"; an edit on one side beats a deletion on the other. Pure function.
 */
import type { Correction } from './corrections';
import { annotationKey, canonicalMetadata, compareAnnotations, correctionKey, sortAnnotations } from './serialize';
import { SIDECAR_SCHEMA_VERSION, type Annotation, type Sidecar } from './types';

export const CONFLICT_TAG = 'conflict';

export type MergeConflict =
  /** Both sides changed the annotation: `theirsId` kept, mine re-added as `mineCopyId`. */
  | { kind: 'both-changed'; theirsId: string; mineCopyId: string }
  /** One side deleted what the other changed: the changed version was kept. */
  | { kind: 'changed-vs-deleted'; id: string; keptFrom: 'mine' | 'theirs' }
  /** Both sides changed the same correction of the recognized layer: the later one was kept. */
  | { kind: 'correction-both-changed'; id: string; keptFrom: 'mine' | 'theirs' }
  /** A sidecar field (not an annotation) was set differently on both sides: mine was kept. */
  | { kind: 'field'; field: 'articleStatus' | 'annotator' | 'metadata'; mine: unknown; theirs: unknown };

export interface MergeResult {
  sidecar: Sidecar;
  conflicts: MergeConflict[];
}

export function mergeSidecars(
  base: Sidecar | undefined,
  mine: Sidecar,
  theirs: Sidecar,
  newId: () => string,
): MergeResult {
  const conflicts: MergeConflict[] = [];
  const annotations = mergeAnnotations(base?.annotations ?? [], mine.annotations, theirs.annotations, newId, conflicts);
  const merged: Sidecar = { schemaVersion: SIDECAR_SCHEMA_VERSION, article: mine.article, annotations };
  const corrections = mergeCorrections(base?.corrections ?? [], mine.corrections ?? [], theirs.corrections ?? [], conflicts);
  if (corrections.length > 0) merged.corrections = corrections;
  // The caller has placed all three versions on one text: mine names it.
  if (mine.textHash !== undefined) merged.textHash = mine.textHash;
  for (const field of ['annotator', 'articleStatus'] as const) {
    const value = mergeField(base?.[field], mine[field], theirs[field]);
    if (value.conflict) conflicts.push({ kind: 'field', field, mine: mine[field], theirs: theirs[field] });
    if (value.value !== undefined) (merged as unknown as Record<string, unknown>)[field] = value.value;
  }
  // An object: compared by its canonical text, so an unchanged one is not a change.
  const key = (s: Sidecar | undefined) => (s?.metadata ? JSON.stringify(canonicalMetadata(s.metadata)) : undefined);
  const metadata = mergeField(key(base), key(mine), key(theirs));
  if (metadata.conflict) conflicts.push({ kind: 'field', field: 'metadata', mine: mine.metadata, theirs: theirs.metadata });
  if (metadata.value !== undefined) merged.metadata = JSON.parse(metadata.value) as Sidecar['metadata'];
  return { sidecar: merged, conflicts };
}

export function mergeAnnotations(
  base: Annotation[],
  mine: Annotation[],
  theirs: Annotation[],
  newId: () => string,
  conflicts: MergeConflict[] = [],
): Annotation[] {
  return sortAnnotations(
    threeWay(base, mine, theirs, annotationKey, conflicts, (m, t) => {
      // Both kept: theirs under its id, mine as a tagged copy for the user to resolve.
      const copyId = newId();
      conflicts.push({ kind: 'both-changed', theirsId: t.id, mineCopyId: copyId });
      return [t, { ...m, id: copyId, tags: m.tags.includes(CONFLICT_TAG) ? m.tags : [...m.tags, CONFLICT_TAG] }];
    }),
  );
}

/**
 * Corrections merge like annotations, except when both sides changed the same one: two
 * decisions about one span cannot both hold, so the one modified last is kept (the rule
 * the curated layer applies to overlapping corrections) and the conflict is reported.
 */
export function mergeCorrections(base: Correction[], mine: Correction[], theirs: Correction[], conflicts: MergeConflict[] = []): Correction[] {
  return threeWay(base, mine, theirs, correctionKey, conflicts, (m, t) => {
    const keep = m.modified > t.modified ? m : t;
    conflicts.push({ kind: 'correction-both-changed', id: t.id, keptFrom: keep === m ? 'mine' : 'theirs' });
    return [keep];
  }).sort(compareAnnotations);
}

/** Matches items by id; an edit on one side beats a deletion on the other. */
function threeWay<T extends { id: string }>(
  base: T[],
  mine: T[],
  theirs: T[],
  key: (item: T) => string,
  conflicts: MergeConflict[],
  bothChanged: (mine: T, theirs: T) => T[],
): T[] {
  const byId = (list: T[]) => new Map(list.map((a) => [a.id, a]));
  const same = (a: T | undefined, b: T | undefined) => (!a || !b ? a === b : key(a) === key(b));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const ids = new Set([...baseById.keys(), ...mineById.keys(), ...theirsById.keys()]);
  const out: T[] = [];

  for (const id of ids) {
    const b = baseById.get(id);
    const m = mineById.get(id);
    const t = theirsById.get(id);
    if (same(b, m)) {
      if (t) out.push(t);
      continue;
    }
    if (same(b, t) || same(m, t)) {
      if (m) out.push(m);
      continue;
    }
    // Both sides differ from base and from each other.
    if (m && t) out.push(...bothChanged(m, t));
    else if (m) {
      out.push(m);
      conflicts.push({ kind: 'changed-vs-deleted', id, keptFrom: 'mine' });
    } else if (t) {
      out.push(t);
      conflicts.push({ kind: 'changed-vs-deleted', id, keptFrom: 'theirs' });
    }
  }
  return out;
}

function mergeField<T>(base: T | undefined, mine: T | undefined, theirs: T | undefined): { value: T | undefined; conflict: boolean } {
  if (mine === base) return { value: theirs, conflict: false };
  if (theirs === base || theirs === mine) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}
