import { annotationKey } from './serialize';
import { makeTarget } from './target';
import { newUlid } from './ulid';
import type { Annotation, AnnotationStatus, ClaimFields, SourceFields, StanceFields } from './types';

export type KindFields =
  | { kind: 'claim'; claim: ClaimFields }
  | { kind: 'stance'; stance: StanceFields }
  | { kind: 'source'; source: SourceFields };

export interface NewAnnotation {
  text: string;
  start: number;
  end: number;
  annotator: string;
  fields: KindFields;
  status?: AnnotationStatus;
  note?: string;
  tags?: string[];
  /** Milliseconds since the epoch; defaults to now. */
  now?: number;
  id?: string;
}

/** Builds an annotation on `text.slice(start, end)` with a fresh ULID and timestamps. */
export function createAnnotation(input: NewAnnotation): Annotation {
  const now = input.now ?? Date.now();
  const stamp = new Date(now).toISOString();
  const base = {
    id: input.id ?? newUlid(now),
    target: makeTarget(input.text, input.start, input.end),
    annotator: input.annotator,
    created: stamp,
    modified: stamp,
    status: input.status ?? 'accepted',
    tags: [...new Set(input.tags ?? [])],
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
  return { ...base, ...input.fields } as Annotation;
}

/** A copy with `changes` applied and `modified` bumped, for edits made by the user. */
export function updateAnnotation<A extends Annotation>(a: A, changes: Partial<Omit<A, 'id' | 'created' | 'kind'>>, now = Date.now()): A {
  return { ...a, ...changes, modified: new Date(now).toISOString() };
}

/** Whether `after`, an edit of `before`, changes nothing but its `modified` stamp: an edit
 *  flow confirmed at every step with Enter. Saving it would write a diff for no change
 *  and leave an undo step that visibly does nothing. */
export function changesNothing(before: Annotation, after: Annotation): boolean {
  return annotationKey({ ...after, modified: before.modified }) === annotationKey(before);
}
