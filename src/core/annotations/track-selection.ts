/**
 * A selection followed through edits of the text while an annotation flow is open (the
 * user answers a few questions; meanwhile the article may be edited or changed on disk).
 * It moves with the same arithmetic as live re-anchoring (`moveTarget`), so what the
 * flow finally annotates is exactly what an annotation made at step 1 would have become.
 * Once an edit reaches the selected text itself the selection is marked `edited` for good:
 * the flow refuses instead of guessing what the user meant to annotate.
 */
import { moveTarget, type TextEdit } from './reanchor-live';
import { makeTarget } from './target';
import type { TextTarget } from './types';

export interface TrackedSelection {
  /** Where the selected text is now, with its quote as it was selected. */
  readonly target: TextTarget;
  /** An edit reached the selected text (inside it, across a boundary or over all of it). */
  readonly edited: boolean;
}

export type SettledSelection =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'edited' | 'empty' };

/** Starts following `text.slice(start, end)`. */
export function trackSelection(text: string, start: number, end: number): TrackedSelection {
  return { target: makeTarget(text, start, end), edited: false };
}

/** The selection after `edits` (in the order of one change event, as for
 *  `applyEditsToAnnotations`); `newText` is the text after them. */
export function followEdits(selection: TrackedSelection, edits: TextEdit[], newText: string): TrackedSelection {
  if (selection.edited) return selection;
  const moved = moveTarget(selection.target, edits, newText);
  if (moved.target === selection.target) return selection;
  return { target: moved.target, edited: moved.edited || moved.flagged || moved.target.exact !== selection.target.exact };
}

/** Where to annotate in `text` (the text after every followed edit), or why not. */
export function settleSelection(selection: TrackedSelection, text: string): SettledSelection {
  const { start, end, exact } = selection.target;
  if (selection.edited) return { ok: false, reason: 'edited' };
  if (end <= start) return { ok: false, reason: 'empty' };
  // Holds whenever every edit was followed; a missed one must not pass unnoticed.
  if (text.slice(start, end) !== exact) return { ok: false, reason: 'edited' };
  return { ok: true, start, end };
}
