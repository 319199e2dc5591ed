// Undo / redo of annotation changes while the text keeps changing. The annotations kept
// in the history follow every edit of the text exactly as the live ones do, so undo and
// redo put an annotation back where the text has taken it, instead of searching for its
// quote (which cannot tell identical passages apart, and flags them). No vscode here, so
// the rules are unit-tested (test/unit/annotations/history.test.ts).
import { reanchorAnnotation, targetMatches, type Annotation, type Correction, type TextTarget } from '../../../core/annotations';
import type { AnnotationChange } from './article-annotations';

/** The recorded changes with every annotation in them moved by `move`, the function that
 *  moves the live annotations for the same change of the text. */
export type MoveList = <T extends Annotation | Correction>(list: readonly T[]) => T[];

export function moveRecorded(changes: AnnotationChange[], move: MoveList): AnnotationChange[] {
  return changes.map((c) => moveChange(c, move));
}

function moveChange(change: AnnotationChange, move: MoveList): AnnotationChange {
  switch (change.type) {
    case 'add':
    case 'remove': {
      const [annotation] = move([change.annotation]);
      return annotation === change.annotation ? change : { ...change, annotation };
    }
    case 'replace': {
      const [before, after] = move([change.before, change.after]);
      return before === change.before && after === change.after ? change : { ...change, before, after };
    }
    case 'batch':
      return { ...change, changes: change.changes.map((c) => moveChange(c, move)) };
    case 'corrections':
      return { ...change, before: move(change.before), after: move(change.after) };
  }
}

/** Adapts a recorded change (kept current by `moveRecorded`) to the annotations as they
 *  are now: an edit of fields leaves the annotation where it is now; a change that moved
 *  it (a review) moves it to its recorded place; a re-added one goes back to its place. */
export function rebaseChange(change: AnnotationChange, current: Annotation[], text: string): AnnotationChange {
  switch (change.type) {
    case 'replace': {
      const now = current.find((a) => a.id === change.before.id);
      if (!now || movesTarget(change)) return change;
      return { ...change, after: { ...change.after, target: now.target, ...(now.needsReview ? { needsReview: true } : {}) } as Annotation };
    }
    case 'add': {
      const a = change.annotation;
      if (a.needsReview || targetMatches(text, a.target)) return change;
      // Not on its quote although unflagged: recorded before the text was followed
      // (never, today); find it again by quote rather than trust the offsets.
      return { ...change, annotation: reanchorAnnotation(text, a).annotation };
    }
    case 'remove':
    case 'corrections':
      // Corrections in the history follow the text like the live ones (moveRecorded),
      // and one whose words were edited is flagged there: put back as recorded.
      return change;
    case 'batch':
      return { ...change, changes: change.changes.map((c) => rebaseChange(c, current, text)) };
  }
}

/** True for a replacement that puts the annotation elsewhere or changes its flag. */
function movesTarget(change: Extract<AnnotationChange, { type: 'replace' }>): boolean {
  return !sameTarget(change.before.target, change.after.target) || Boolean(change.before.needsReview) !== Boolean(change.after.needsReview);
}

function sameTarget(a: TextTarget, b: TextTarget): boolean {
  return a.start === b.start && a.end === b.end && a.exact === b.exact;
}
