/**
 * Agreement on reported statements in two annotators' curated layers (recognized-layer.ts
 * runs it per article and pair). A researcher's statement corrections (reject, widen or
 * narrow a span, set a speaker, add) make the layers differ.
 *
 * Spans match as `npm run eval` matches statements against gold: one to one, when they
 * overlap by at least half of the longer span (a statement's boundary is a judgement: a
 * verb or "bahwa" in or out). Exact-span matches are counted too. Speakers are compared
 * on the matched statements like quote speakers: no speaker counts as a value, actors
 * are compared by identity (KB ids after renames and merges, else the name as shown).
 */
import { sameActor, type ResolvedActor } from '../annotations/actor-identity';
import type { CuratedStatement } from '../curation/types';
import { cohenKappa } from './cohen';
import { prf } from './match';

export interface StatementRow {
  a: string;
  b: string;
  articles: number;
  statementsA: number;
  statementsB: number;
  /** Statements matched one to one by an overlap of at least half the longer span. */
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Matched statements on exactly the same span. */
  sameSpan: number;
  exactF1: number | null;
  /** Matched statements with the same speaker (both without one included). */
  sameSpeaker: number;
  speakerAgreement: number | null;
  speakerKappa: number | null;
  /** Matched statements both annotators left as the machine's. */
  untouched: number;
}

export interface StatementTally {
  statementsA: number;
  statementsB: number;
  matched: number;
  sameSpan: number;
  sameSpeaker: number;
  untouched: number;
  speakers: Array<[string, string]>;
}

export function newStatementTally(): StatementTally {
  return { statementsA: 0, statementsB: 0, matched: 0, sameSpan: 0, sameSpeaker: 0, untouched: 0, speakers: [] };
}

/** `speaker` resolves a speaker's name to an actor identity (null: no speaker). */
export function compareStatements(
  as: readonly CuratedStatement[],
  bs: readonly CuratedStatement[],
  speaker: (name: string | null) => ResolvedActor | null,
  t: StatementTally,
): void {
  t.statementsA += as.length;
  t.statementsB += bs.length;
  for (const [x, y] of overlapPairs(as, bs)) {
    t.matched++;
    if (x.start === y.start && x.end === y.end) t.sameSpan++;
    const sx = speaker(x.speaker);
    const sy = speaker(y.speaker);
    const same = sx === null || sy === null ? sx === sy : sameActor(sx, sy);
    if (same) t.sameSpeaker++;
    // For kappa the two agree exactly when `same` does: an agreeing pair shares one category.
    const kx = speakerCategory(sx);
    t.speakers.push([kx, same ? kx : speakerCategory(sy)]);
    if (x.provenance === 'machine' && y.provenance === 'machine') t.untouched++;
  }
}

/** One-to-one pairs of statements overlapping by at least half of the longer one. The
 *  statements of one layer never overlap one another, so one merge walk in text order
 *  finds them: the statement that ends first cannot meet a later one of the other list. */
export function overlapPairs<T extends { start: number; end: number }>(as: readonly T[], bs: readonly T[]): Array<[T, T]> {
  const a = [...as].sort(byStart);
  const b = [...bs].sort(byStart);
  const out: Array<[T, T]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
    if (overlap > 0 && 2 * overlap >= Math.max(x.end - x.start, y.end - y.start)) {
      out.push([x, y]);
      i++;
      j++;
    } else if (x.end <= y.end) i++;
    else j++;
  }
  return out;
}

export function statementRow(a: string, b: string, articles: number, t: StatementTally): StatementRow {
  return {
    a,
    b,
    articles,
    statementsA: t.statementsA,
    statementsB: t.statementsB,
    matched: t.matched,
    ...prf(t.statementsA, t.statementsB, t.matched),
    sameSpan: t.sameSpan,
    exactF1: prf(t.statementsA, t.statementsB, t.sameSpan).f1,
    sameSpeaker: t.sameSpeaker,
    speakerAgreement: t.matched ? t.sameSpeaker / t.matched : null,
    speakerKappa: cohenKappa(t.speakers).kappa,
    untouched: t.untouched,
  };
}

export function speakerCategory(s: ResolvedActor | null): string {
  if (s === null) return '\u0000none';
  return s.id !== undefined ? `id:${s.id}` : `label:${s.label}`;
}

function byStart(x: { start: number; end: number }, y: { start: number; end: number }): number {
  return x.start - y.start || x.end - y.end;
}
