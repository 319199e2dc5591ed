/**
 * Turning one decision of the researcher ("not an actor here", "this is X", "the speaker
 * is Y") into a correction for the sidecar. One annotator keeps at most one correction
 * per span and layer: a new decision about a span replaces that annotator's earlier ones
 * it overlaps, so the file holds decisions, not a history (git has the history).
 */
import type { ActorCorrection, Correction, CorrectionDecision, QuoteCorrection } from '../annotations/corrections';
import { makeTarget } from '../annotations/target';
import { newUlid } from '../annotations/ulid';

export type DecisionValues =
  | { layer: 'actor'; type: NonNullable<ActorCorrection['type']>; canonical: string; entityId?: string }
  | { layer: 'quote'; speaker: string | null; speakerId?: string; form?: QuoteCorrection['form'] }
  | { layer: 'reported'; speaker: string | null; speakerId?: string };

export interface Decision {
  text: string;
  start: number;
  end: number;
  annotator: string;
  decision: CorrectionDecision;
  /** What the span is (accept / set); for reject only the layer is read. */
  values: DecisionValues | { layer: 'actor' | 'quote' | 'reported' };
  /** Milliseconds since the epoch; defaults to now. */
  now?: number;
  id?: string;
}

export interface Decided {
  correction: Correction;
  /** The annotator's earlier corrections this one replaces (same layer, overlapping). */
  replaces: Correction[];
}

export function decide(input: Decision, existing: readonly Correction[]): Decided {
  const now = input.now ?? Date.now();
  const stamp = new Date(now).toISOString();
  const base = {
    id: input.id ?? newUlid(now),
    target: makeTarget(input.text, input.start, input.end),
    decision: input.decision,
    annotator: input.annotator,
    created: stamp,
    modified: stamp,
  };
  const v = input.values;
  let correction: Correction;
  if (v.layer === 'actor') {
    correction = { ...base, layer: 'actor' };
    if (input.decision !== 'reject' && 'type' in v) {
      correction.type = v.type;
      correction.canonical = v.canonical;
      if (v.entityId) correction.entityId = v.entityId;
    }
  } else if (v.layer === 'reported') {
    correction = { ...base, layer: 'reported' };
    if (input.decision !== 'reject' && 'speaker' in v) {
      correction.speaker = v.speaker;
      if (v.speakerId) correction.speakerId = v.speakerId;
    }
  } else {
    correction = { ...base, layer: 'quote' };
    if (input.decision !== 'reject' && 'speaker' in v) {
      correction.speaker = v.speaker;
      if (v.speakerId) correction.speakerId = v.speakerId;
      if ('form' in v && v.form) correction.form = v.form;
    }
  }
  const replaces = existing.filter(
    (c) => c.annotator === input.annotator && c.layer === correction.layer && c.target.start < input.end && input.start < c.target.end,
  );
  return { correction, replaces };
}
