/**
 * Pure scoring of recognizer output against gold annotations, as the spec defines it:
 * - actors: a prediction is correct when start, end and type all equal a gold mention's
 *   (micro precision/recall/F1); canonical accuracy is measured on the gold mentions whose
 *   exact span was predicted, whatever the predicted type, so type and identity errors are
 *   reported separately;
 * - quotes: exact span (start, end) precision/recall/F1; speaker accuracy on matched quotes,
 *   comparing canonical strings (null equals null).
 * - reported statements (articles annotated for them only): a prediction matches a gold
 *   statement when their spans overlap by at least half of the longer span, one-to-one
 *   (F1 on those matches); exact-boundary F1 for information; speaker accuracy on matches.
 * Predictions are matched one-to-one: a duplicated prediction counts once as a hit and then
 * as a false positive.
 */
import type { ActorType } from '../src/core/recognize/types';
import type { GoldActor, GoldQuote, GoldReported } from './gold-types';

export interface PredictedActor { start: number; end: number; type: ActorType; canonical: string; text?: string }
export interface PredictedQuote { start: number; end: number; speaker: string | null; text?: string }
export interface PredictedReported { start: number; end: number; speaker: string | null; text?: string }
export interface Prediction { actors: readonly PredictedActor[]; quotes: readonly PredictedQuote[]; reported?: readonly PredictedReported[] }

export interface Counts { tp: number; fp: number; fn: number }
export interface Accuracy { correct: number; total: number }

export type ScoreError =
  | { kind: 'actor-fp'; start: number; end: number; text: string; type: ActorType; canonical: string; gold?: GoldActor }
  | { kind: 'actor-fn'; start: number; end: number; text: string; type: ActorType; canonical: string; predicted?: PredictedActor }
  | { kind: 'actor-canonical'; start: number; end: number; text: string; gold: string; predicted: string }
  | { kind: 'quote-fp'; start: number; end: number; text: string; speaker: string | null }
  | { kind: 'quote-fn'; start: number; end: number; text: string; speaker: string | null; predicted?: PredictedQuote }
  | { kind: 'quote-speaker'; start: number; end: number; text: string; gold: string | null; predicted: string | null }
  | { kind: 'reported-fp'; start: number; end: number; text: string; speaker: string | null }
  | { kind: 'reported-fn'; start: number; end: number; text: string; speaker: string | null; predicted?: PredictedReported }
  | { kind: 'reported-speaker'; start: number; end: number; text: string; gold: string | null; predicted: string | null };

export interface DocumentScore {
  name: string;
  actors: Counts;
  /** The same span+type counts split by type (a FP counts under its predicted type). */
  actorsByType: Record<ActorType, Counts>;
  canonical: Accuracy;
  quotes: Counts;
  speaker: Accuracy;
  /** Reported statements: overlap matches, exact-boundary matches, speaker on overlap
   *  matches. All zero (and `reportedScored` false) for an article not annotated for them. */
  reportedScored: boolean;
  reported: Counts;
  reportedExact: Counts;
  reportedSpeaker: Accuracy;
  errors: ScoreError[];
}

export interface Prf { precision: number; recall: number; f1: number }

const spanKey = (x: { start: number; end: number }) => `${x.start}:${x.end}`;

/** Precision, recall and F1; an empty denominator scores 1 (nothing to find, nothing wrong). */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function accuracy(a: Accuracy): number {
  return a.total === 0 ? 1 : a.correct / a.total;
}

/** Removes and returns the first item of `pool[key]`. */
function take<T>(pool: Map<string, T[]>, key: string): T | undefined {
  const list = pool.get(key);
  if (!list || list.length === 0) return undefined;
  return list.shift();
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = map.get(k);
    if (list) list.push(it);
    else map.set(k, [it]);
  }
  return map;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scoreDocument(
  name: string,
  text: string,
  gold: { actors: readonly GoldActor[]; quotes: readonly GoldQuote[]; reported?: readonly GoldReported[] },
  predicted: Prediction,
): DocumentScore {
  const errors: ScoreError[] = [];
  const slice = (x: { start: number; end: number }) => text.slice(x.start, x.end);

  // Actors: span+type matching for F1.
  const typed = groupBy(predicted.actors, (p) => `${spanKey(p)}:${p.type}`);
  const actors: Counts = { tp: 0, fp: 0, fn: 0 };
  const actorsByType: Record<ActorType, Counts> = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, GPE: { tp: 0, fp: 0, fn: 0 } };
  for (const g of gold.actors) {
    if (take(typed, `${spanKey(g)}:${g.type}`)) {
      actors.tp++;
      actorsByType[g.type].tp++;
    } else {
      actors.fn++;
      actorsByType[g.type].fn++;
      const near = predicted.actors.find((p) => overlaps(p, g));
      errors.push({ kind: 'actor-fn', start: g.start, end: g.end, text: g.text, type: g.type, canonical: g.canonical, ...(near ? { predicted: near } : {}) });
    }
  }
  for (const rest of typed.values()) {
    for (const p of rest) {
      actors.fp++;
      if (p.type in actorsByType) actorsByType[p.type].fp++;
      const near = gold.actors.find((g) => overlaps(p, g));
      errors.push({ kind: 'actor-fp', start: p.start, end: p.end, text: slice(p), type: p.type, canonical: p.canonical, ...(near ? { gold: near } : {}) });
    }
  }

  // Canonical identity on exactly found spans (type ignored).
  const bySpan = groupBy(predicted.actors, spanKey);
  const canonical: Accuracy = { correct: 0, total: 0 };
  for (const g of gold.actors) {
    const p = take(bySpan, spanKey(g));
    if (!p) continue;
    canonical.total++;
    if (p.canonical === g.canonical) canonical.correct++;
    else errors.push({ kind: 'actor-canonical', start: g.start, end: g.end, text: g.text, gold: g.canonical, predicted: p.canonical });
  }

  // Quotes: exact span, then speaker on the matched pairs.
  const quoteSpans = groupBy(predicted.quotes, spanKey);
  const quotes: Counts = { tp: 0, fp: 0, fn: 0 };
  const speaker: Accuracy = { correct: 0, total: 0 };
  for (const g of gold.quotes) {
    const p = take(quoteSpans, spanKey(g));
    if (!p) {
      quotes.fn++;
      const near = predicted.quotes.find((q) => overlaps(q, g));
      errors.push({ kind: 'quote-fn', start: g.start, end: g.end, text: g.text, speaker: g.speaker, ...(near ? { predicted: near } : {}) });
      continue;
    }
    quotes.tp++;
    speaker.total++;
    if (p.speaker === g.speaker) speaker.correct++;
    else errors.push({ kind: 'quote-speaker', start: g.start, end: g.end, text: g.text, gold: g.speaker, predicted: p.speaker });
  }
  for (const rest of quoteSpans.values()) {
    for (const p of rest) {
      quotes.fp++;
      errors.push({ kind: 'quote-fp', start: p.start, end: p.end, text: slice(p), speaker: p.speaker });
    }
  }

  const rep = gold.reported ? scoreReported(gold.reported, predicted.reported ?? [], slice, errors) : undefined;
  errors.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    name, actors, actorsByType, canonical, quotes, speaker, reportedScored: rep !== undefined,
    reported: rep?.overlap ?? { tp: 0, fp: 0, fn: 0 }, reportedExact: rep?.exact ?? { tp: 0, fp: 0, fn: 0 },
    reportedSpeaker: rep?.speaker ?? { correct: 0, total: 0 }, errors,
  };
}

/** Overlap of two spans as a share of the longer one. */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return common <= 0 ? 0 : common / Math.max(a.end - a.start, b.end - b.start);
}

/** One-to-one matching of reported statements: each gold statement, in text order, takes
 *  the unmatched prediction it overlaps most, if that overlap is at least half of the
 *  longer span. */
function scoreReported(
  gold: readonly GoldReported[], predicted: readonly PredictedReported[],
  slice: (x: { start: number; end: number }) => string, errors: ScoreError[],
): { overlap: Counts; exact: Counts; speaker: Accuracy } {
  const overlap: Counts = { tp: 0, fp: 0, fn: 0 };
  const speaker: Accuracy = { correct: 0, total: 0 };
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestShare = 0;
    predicted.forEach((p, i) => {
      if (used.has(i)) return;
      const share = overlapShare(g, p);
      if (share >= 0.5 && share > bestShare) { best = i; bestShare = share; }
    });
    if (best < 0) {
      overlap.fn++;
      const near = predicted.find((p) => overlaps(p, g));
      errors.push({ kind: 'reported-fn', start: g.start, end: g.end, text: g.text, speaker: g.speaker, ...(near ? { predicted: near } : {}) });
      continue;
    }
    used.add(best);
    overlap.tp++;
    speaker.total++;
    const p = predicted[best];
    if (p.speaker === g.speaker) speaker.correct++;
    else errors.push({ kind: 'reported-speaker', start: g.start, end: g.end, text: g.text, gold: g.speaker, predicted: p.speaker });
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    overlap.fp++;
    errors.push({ kind: 'reported-fp', start: p.start, end: p.end, text: slice(p), speaker: p.speaker });
  });
  const exactPool = groupBy(predicted, spanKey);
  const exact: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const g of gold) {
    if (take(exactPool, spanKey(g))) exact.tp++;
    else exact.fn++;
  }
  for (const rest of exactPool.values()) exact.fp += rest.length;
  return { overlap, exact, speaker };
}

/** Micro totals over several documents. */
export function totals(scores: readonly DocumentScore[]): Omit<DocumentScore, 'name' | 'errors'> {
  const sum = (f: (s: DocumentScore) => Counts): Counts => ({
    tp: scores.reduce((n, s) => n + f(s).tp, 0),
    fp: scores.reduce((n, s) => n + f(s).fp, 0),
    fn: scores.reduce((n, s) => n + f(s).fn, 0),
  });
  const acc = (f: (s: DocumentScore) => Accuracy): Accuracy => ({
    correct: scores.reduce((n, s) => n + f(s).correct, 0),
    total: scores.reduce((n, s) => n + f(s).total, 0),
  });
  return {
    actors: sum((s) => s.actors),
    actorsByType: {
      PER: sum((s) => s.actorsByType.PER),
      ORG: sum((s) => s.actorsByType.ORG),
      GPE: sum((s) => s.actorsByType.GPE),
    },
    canonical: acc((s) => s.canonical),
    quotes: sum((s) => s.quotes),
    speaker: acc((s) => s.speaker),
    reportedScored: scores.some((s) => s.reportedScored),
    reported: sum((s) => s.reported),
    reportedExact: sum((s) => s.reportedExact),
    reportedSpeaker: acc((s) => s.reportedSpeaker),
  };
}
