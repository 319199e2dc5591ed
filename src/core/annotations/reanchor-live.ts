/**
 * Live re-anchoring: moves annotations through the edits the user makes in the editor,
 * without searching. Rules, for an annotation [s, e) and an edit replacing [o, o+l):
 *  - edit before it (or an insertion exactly at s): shift by the length change;
 *  - edit after it (or an insertion exactly at e): unchanged;
 *  - edit inside it: grow/shrink, `exact` refreshed from the new text;
 *  - edit deleting all of it: the annotated text is gone, so it collapses to the edit's
 *    start, keeps its old `exact` for the reviewer and is flagged needsReview;
 *  - edit covering all of it with new text: the words may be in the new text (VS Code
 *    reloads a file changed on disk as one edit replacing every line from the first
 *    changed one to the last), so the annotation is found again by its quote and context,
 *    exactly as when the file is opened (reanchor-offline), looking first where it sat
 *    within the replaced lines;
 *  - edit straddling one boundary: shrinks to the surviving original text, flagged.
 * An annotation that is already flagged only moves: its `exact` stays the original quote.
 * Precondition: unflagged annotations match the text before the edits (offline
 * re-anchoring establishes this when a file is opened).
 */
import { contextAfter, contextBefore } from './target';
import { isCorrection } from './corrections';
import { reanchorAnnotation, type Anchored, type TextRange } from './reanchor-offline';
import type { TextTarget } from './types';

/** One text change: `length` units at `offset` replaced by `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

interface Tracked {
  start: number;
  end: number;
  touched: boolean;
  collapsed: boolean;
  /** Collapsed by an edit that put text in its place: start/end say where it sat in it,
   *  `window` where that text is (moved along by later edits of the same change). */
  replaced: boolean;
  window?: TextRange;
  truncated: boolean;
}

/**
 * Applies `edits` in order, each relative to the text left by the previous ones. That is
 * how VS Code's own document model consumes `contentChanges` of one change event, so an
 * adapter passes them as given ({ offset: rangeOffset, length: rangeLength, text }).
 * `newText` is the text after all edits; it refreshes `exact`, `prefix` and `suffix`.
 */
export function applyEditsToAnnotations<T extends Anchored>(annotations: readonly T[], edits: TextEdit[], newText: string): T[] {
  return annotations.map((a) => {
    // An annotation follows edits of its own words (the researcher's span, re-quoted);
    // a correction says something about exactly those words ("not an actor", "this is
    // X"), so once they are edited it no longer holds without a look: flag it.
    const moved = moveTarget(a.target, edits, newText, a.needsReview === true, !isCorrection(a));
    if (moved.replaced) return findInReplacement(a, moved.replaced, newText);
    if (moved.target === a.target) return a;
    const out = { ...a, target: moved.target };
    if (moved.flagged) out.needsReview = true;
    return out;
  });
}

/** An annotation whose words an edit replaced: placed by its original quote and context
 *  as offline re-anchoring places it, only inside the replacing text and tried first at
 *  `at`, where it sat in it. What cannot be placed with confidence keeps its quote and
 *  context and is flagged. */
function findInReplacement<T extends Anchored>(a: T, { at, within }: Replaced, newText: string): T {
  const length = a.target.exact.length;
  return reanchorAnnotation(newText, { ...a, target: { ...a.target, start: at, end: at + length } }, { within }).annotation;
}

interface Replaced {
  at: number;
  within: TextRange;
}

/** A target after edits: `flagged` as `applyEditsToAnnotations` would flag it, `edited`
 *  when an edit reached its text (inside it, across a boundary or over all of it).
 *  `replaced`: an edit covered all of it with new text; where that text is, and where
 *  in it the target sat. */
export interface MovedTarget {
  target: TextTarget;
  flagged: boolean;
  edited: boolean;
  replaced?: Replaced;
}

/**
 * The rules above for one target (the same arithmetic for annotations and for anything
 * else that must follow the text, such as a selection while a flow is open). Returns the
 * same `target` object when nothing about it changed. `requote` false: an edit inside
 * keeps the old quote, so the target is flagged instead of taking the edited words.
 */
export function moveTarget(target: TextTarget, edits: TextEdit[], newText: string, alreadyFlagged = false, requote = true): MovedTarget {
  const t: Tracked = { start: target.start, end: target.end, touched: false, collapsed: false, replaced: false, truncated: false };
  for (const edit of edits) shift(t, edit);
  return rebuild(target, t, newText, alreadyFlagged, requote);
}

function shift(t: Tracked, edit: TextEdit): void {
  if (t.window) t.window = coveringAfter(t.window, edit);
  const { offset: o, length: l, text } = edit;
  const n = text.length;
  const delta = n - l;
  const editEnd = o + l;
  if (l === 0 && n === 0) return; // an empty change changes nothing
  if (l === 0) {
    if (o <= t.start) {
      t.start += n;
      t.end += n;
    } else if (o < t.end) {
      t.end += n;
      t.touched = true;
    }
    return;
  }
  if (editEnd <= t.start) {
    t.start += delta;
    t.end += delta;
  } else if (o >= t.end) {
    // after: nothing moves
  } else if (o <= t.start && editEnd >= t.end) {
    // Where it sat within the replaced text, as far as the new text reaches (the edit's
    // start for a deletion): the first place to look for its words again.
    t.start = o + Math.min(t.start - o, n);
    t.end = t.start;
    t.collapsed = true;
    t.replaced = n > 0;
    if (t.replaced) t.window = { start: o, end: o + n };
  } else if (o >= t.start && editEnd <= t.end) {
    t.end += delta;
    t.touched = true;
  } else if (o < t.start) {
    // Straddles the start: keep only the original text that survived.
    t.start = o + n;
    t.end += delta;
    t.touched = t.truncated = true;
  } else {
    // Straddles the end.
    t.end = o;
    t.touched = t.truncated = true;
  }
}

/** The range after an edit, covering all it covered and any text an edit put inside or
 *  across it. */
function coveringAfter(r: TextRange, { offset: o, length: l, text }: TextEdit): TextRange {
  const editEnd = o + l;
  const delta = text.length - l;
  const start = editEnd <= r.start ? r.start + delta : o < r.start ? o : r.start;
  const end = o >= r.end ? r.end : editEnd <= r.end ? r.end + delta : o + text.length;
  return { start, end };
}

function rebuild(old: TextTarget, t: Tracked, text: string, alreadyFlagged: boolean, requote: boolean): MovedTarget {
  const start = Math.min(t.start, text.length);
  const end = Math.min(Math.max(t.end, start), text.length);
  const edited = t.touched || t.collapsed;
  const unchanged =
    !edited && start === old.start && end === old.end &&
    old.prefix === contextBefore(text, start) && old.suffix === contextAfter(text, end);
  if (unchanged) return { target: old, flagged: alreadyFlagged, edited: false };
  // Only an edit inside the annotation may change its quote; an untouched one keeps it.
  const refreshQuote = requote && t.touched && !t.collapsed && !alreadyFlagged;
  const exact = refreshQuote ? text.slice(start, end) : old.exact;
  const target = { start, end, exact, prefix: contextBefore(text, start), suffix: contextAfter(text, end) };
  // The last clause catches annotations that were already out of step with the text
  // (the precondition is that they match it before the edits): flag, never re-quote.
  const flagged = alreadyFlagged || t.collapsed || t.truncated || text.slice(start, end) !== exact;
  return t.replaced && t.window ? { target, flagged, edited, replaced: { at: start, within: t.window } } : { target, flagged, edited };
}
