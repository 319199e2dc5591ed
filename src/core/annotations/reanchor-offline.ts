/**
 * Offline re-anchoring: the article changed outside the editor, so each annotation is
 * found again from its quote (exact + prefix/suffix) and old position.
 *  - exact:        the quote is still at its old position, with matching context;
 *  - reanchored:   the identical quote was found elsewhere with enough confidence;
 *  - needs-review: only an approximate match (or several equally likely ones) exists:
 *                  the annotation stays at its old position, clamped to the text, flagged,
 *                  and the best approximate place is offered as `candidate`;
 *  - orphaned:     nothing close enough remains: kept clamped and flagged.
 * An annotation is never moved onto text that differs from its quote without a flag.
 */
import search from 'approx-string-match';
import { CONTEXT_LENGTH, contextAfter, contextBefore, makeTarget } from './target';
import { similarity } from './string-similarity';
import type { Annotation, TextTarget } from './types';

/** Anything stored with a W3C-style target: annotations, and corrections of the recognized layer. */
export interface Anchored {
  target: TextTarget;
  needsReview?: boolean;
}

export type AnchorState = 'exact' | 'reanchored' | 'needs-review' | 'orphaned';

export interface ReanchorResult<T extends Anchored = Annotation> {
  annotation: T;
  state: AnchorState;
  /** 0..1: how sure the placement is (for needs-review: how good the candidate is). */
  confidence: number;
  /** needs-review only: the best approximate location, for the user to accept. */
  candidate?: TextTarget;
}

export interface ReanchorOptions {
  /** Minimum confidence to move an annotation to an identical quote elsewhere. */
  threshold?: number;
  /** Largest share of the quote that may differ for an approximate candidate. */
  maxErrorRate?: number;
  /** Only places inside this range of the text are considered (the new text of an edit
   *  that replaced the annotated words); the whole text when absent. */
  within?: TextRange;
}

export interface TextRange {
  start: number;
  end: number;
}

export const DEFAULT_REANCHOR_OPTIONS: Required<Omit<ReanchorOptions, 'within'>> = { threshold: 0.6, maxErrorRate: 0.25 };

/** Identical-quote candidates beyond this are ignored, closest to the old position first. */
const MAX_CANDIDATES = 2000;

/** Confidence of a quote found with all its context where its neighbours moved to. */
const SHIFTED_CONFIDENCE = 0.95;

/**
 * Re-anchors every annotation; results are in the order of `annotations`. Annotations
 * are visited in text order, and each is first tried where it was, then where the one
 * before it moved by the same amount (text inserted or removed above a block of
 * annotations moves them all alike): with its whole quote and context found there, no
 * search is needed, so an article whose text merely shifted costs one comparison per
 * annotation, however long or repetitive the text is.
 */
export function reanchorAll<T extends Anchored>(text: string, annotations: readonly T[], options: ReanchorOptions = {}): ReanchorResult<T>[] {
  const order = annotations.map((_, i) => i).sort((i, j) => annotations[i].target.start - annotations[j].target.start);
  const results = new Array<ReanchorResult<T>>(annotations.length);
  let shift = 0;
  for (const i of order) {
    const a = annotations[i];
    const r = reanchorAnnotation(text, a, options, shift);
    if (r.state === 'exact' || r.state === 'reanchored') shift = r.annotation.target.start - a.target.start;
    results[i] = r;
  }
  return results;
}

/** `shift`: how far the annotations before this one moved (tried after the old position). */
export function reanchorAnnotation<T extends Anchored>(text: string, annotation: T, options: ReanchorOptions = {}, shift = 0): ReanchorResult<T> {
  const opts = { ...DEFAULT_REANCHOR_OPTIONS, ...options };
  const target = annotation.target;
  const length = target.exact.length;
  const within = options.within ?? { start: 0, end: text.length };
  const fits = (start: number): boolean => start >= within.start && start + length <= within.end;

  // Offsets that do not span the quote (edited by hand) are never "exact", wherever it is.
  const consistent = target.end - target.start === length;
  if (consistent && fits(target.start) && wholeQuoteAt(text, target, target.start)) return { annotation: withTarget(annotation, target, false), state: 'exact', confidence: 1 };
  if (shift !== 0 && length > 0 && fits(target.start + shift) && wholeQuoteAt(text, target, target.start + shift)) {
    const start = target.start + shift;
    return { annotation: withTarget(annotation, makeTarget(text, start, start + length), false), state: 'reanchored', confidence: SHIFTED_CONFIDENCE };
  }

  const candidates = exactOccurrences(text, target).filter(fits).map((start) => scoreCandidate(text, target, start));
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.start - target.start) - Math.abs(b.start - target.start));
  const best = candidates[0];
  if (best) {
    const confidence = placementConfidence(best, candidates[1], length);
    if (confidence >= opts.threshold) {
      const unchanged = consistent && best.start === target.start && best.context === 1;
      return {
        annotation: unchanged ? withTarget(annotation, target, false) : withTarget(annotation, makeTarget(text, best.start, best.start + length), false),
        state: unchanged ? 'exact' : 'reanchored',
        confidence,
      };
    }
  }

  const fuzzy = length > 0 ? approximateCandidate(text, target, opts.maxErrorRate, within) : undefined;
  const fallback = best ? { target: makeTarget(text, best.start, best.start + length), confidence: placementConfidence(best, candidates[1], length) } : fuzzy;
  const kept = withTarget(annotation, clamp(target, text.length), true);
  if (fallback) return { annotation: kept, state: 'needs-review', confidence: fallback.confidence, candidate: fallback.target };
  return { annotation: kept, state: 'orphaned', confidence: 0 };
}

interface Candidate {
  start: number;
  /** 0..1 agreement of prefix and suffix with the text around the candidate. */
  context: number;
  /** The better of the two sides' agreement: 1 when the prefix or the suffix is intact. */
  bestSide: number;
  /** 0..1, 1 at the old position. */
  proximity: number;
  score: number;
}

function exactOccurrences(text: string, target: TextTarget): number[] {
  if (target.exact === '') {
    // A zero-width anchor has no quote to search for: only its old position can hold it.
    return target.start <= text.length ? [target.start] : [];
  }
  const found: number[] = [];
  for (let i = text.indexOf(target.exact); i >= 0; i = text.indexOf(target.exact, i + 1)) found.push(i);
  if (found.length <= MAX_CANDIDATES) return found;
  return found.sort((a, b) => Math.abs(a - target.start) - Math.abs(b - target.start)).slice(0, MAX_CANDIDATES);
}

function scoreCandidate(text: string, target: TextTarget, start: number): Candidate {
  const end = start + target.exact.length;
  const before = contextScore(target.prefix, contextBefore(text, start), 'before');
  const after = contextScore(target.suffix, contextAfter(text, end), 'after');
  const context = (before + after) / 2;
  const proximity = 1 - Math.min(1, Math.abs(start - target.start) / Math.max(text.length, 1));
  return { start, context, bestSide: Math.max(before, after), proximity, score: 0.85 * context + 0.15 * proximity };
}

/** Compares the stored context with the context the text now has, aligned at the quote. */
function contextScore(expected: string, actual: string, side: 'before' | 'after'): number {
  if (expected.length === 0) {
    // The quote was at the very start/end of the text; it still is, or that is unknown.
    return actual.length === 0 ? 1 : 0.5;
  }
  const n = Math.min(CONTEXT_LENGTH * 2, expected.length);
  const near = side === 'before' ? actual.slice(-n) : actual.slice(0, n);
  return similarity(expected, near);
}

/** A quote this long that occurs once is evidence enough on its own (a sentence). */
const SELF_EVIDENT_LENGTH = 32;
/** One side of the context agrees this well: the words still stand where they stood. */
const SIDE_AGREES = 0.5;

/**
 * Good context wins; a long quote that occurs exactly once is strong evidence on its
 * own, a shorter one only while its prefix or suffix still agrees: a name or an
 * office ("Dinas Pangan Kota") is often written twice, and when the annotated one is
 * edited the other is the only identical place left, with other words around it: it
 * is another mention, and moving there would put the correction on it unflagged.
 * Among several identical quotes the best must clearly beat the runner-up.
 */
function placementConfidence(best: Candidate, second: Candidate | undefined, length: number): number {
  let confidence = best.score;
  const selfEvident = length >= SELF_EVIDENT_LENGTH || best.bestSide >= SIDE_AGREES;
  if (!second) {
    if (selfEvident) confidence = Math.max(confidence, Math.min(0.9, 0.45 + length / 64));
  } else if (best.score - second.score < 0.1) confidence = Math.min(confidence, 0.5);
  return Math.max(0, Math.min(1, confidence));
}

/**
 * The quote, its prefix and its suffix all exactly where `start` says: the annotation's
 * text with its whole context, so nothing else could be meant (an identical passage
 * elsewhere, a duplicated paragraph, is the same words in the same surroundings).
 */
function wholeQuoteAt(text: string, target: TextTarget, start: number): boolean {
  const end = start + target.exact.length;
  if (start < 0 || end > text.length || !text.startsWith(target.exact, start)) return false;
  return contextBefore(text, start) === target.prefix && contextAfter(text, end) === target.suffix;
}

/**
 * Approximate search costs time linear in the text for each annotation, so in a long
 * article it first looks near the old position and only searches everything in texts up
 * to this size; beyond it, a quote that moved far and changed stays without a candidate
 * (it is flagged either way, only the suggestion of where it went is missing).
 */
const WHOLE_TEXT_FUZZY_LIMIT = 1 << 20;
const FUZZY_WINDOW = 8192;

function approximateCandidate(text: string, target: TextTarget, maxErrorRate: number, within: TextRange): { target: TextTarget; confidence: number } | undefined {
  const maxErrors = Math.floor(target.exact.length * maxErrorRate);
  if (maxErrors === 0) return undefined;
  const margin = Math.max(FUZZY_WINDOW, 8 * target.exact.length);
  const searchIn = (from: number, to: number) => search(text.slice(from, to), target.exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  const from = Math.max(within.start, Math.min(target.start, text.length) - margin);
  const near = searchIn(from, Math.min(within.end, target.end + margin));
  const matches = near.length > 0 || within.end - within.start > WHOLE_TEXT_FUZZY_LIMIT ? near : searchIn(within.start, within.end);
  if (matches.length === 0) return undefined;
  let best: { target: TextTarget; confidence: number } | undefined;
  for (const m of matches.slice(0, MAX_CANDIDATES)) {
    const quality = 1 - m.errors / target.exact.length;
    const candidate = scoreCandidate(text, { ...target, exact: text.slice(m.start, m.end) }, m.start);
    const confidence = quality * (0.7 + 0.3 * candidate.score);
    if (!best || confidence > best.confidence) best = { target: makeTarget(text, m.start, m.end), confidence };
  }
  return best;
}

function clamp(target: TextTarget, length: number): TextTarget {
  const start = Math.min(target.start, length);
  return { ...target, start, end: Math.min(Math.max(target.end, start), length) };
}

function withTarget<T extends Anchored>(a: T, target: TextTarget, flag: boolean): T {
  const out = { ...a, target };
  // A flag is only ever cleared by the user, never by re-anchoring.
  if (flag || a.needsReview) out.needsReview = true;
  return out;
}
