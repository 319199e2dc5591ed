/**
 * A researcher's corrections of the recognized layer (actor mentions, quotes and reported
 * statements), stored
 * in the sidecar next to the claim / stance / source annotations. Each one is anchored
 * exactly like an annotation (position + quote + context), so it follows edits of the
 * text, is found again after outside edits, and is flagged `needsReview` when it cannot
 * be placed; a flagged correction is never applied (core/curation/apply.ts).
 *
 * One correction states what the researcher decided about one span:
 *  - `accept`: the machine's item on this span is right, with these values;
 *  - `reject`: there is no actor (no quote) on this span, whatever the machine says;
 *  - `set`:    this span is an actor (a quote) with these values: it replaces every
 *              machine item it overlaps (a changed type, link, speaker or span) or adds
 *              one the machine missed.
 * `accept` carries the values accepted, so a later analysis that changes them is seen.
 */
import type { ActorType } from '../recognize/types';
import type { TextTarget } from './types';

export type CorrectionDecision = 'accept' | 'reject' | 'set';
export type CorrectionLayer = 'actor' | 'quote' | 'reported';
export type QuoteForm = 'direct' | 'fragment';

interface CorrectionBase {
  /** Sortable unique id (ULID), shared with annotations for undo / redo. */
  id: string;
  /** The span decided about (for `set`: the span as the researcher wants it). */
  target: TextTarget;
  decision: CorrectionDecision;
  annotator: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  note?: string;
  /** Set when re-anchoring could not place the correction with confidence. */
  needsReview?: boolean;
}

/** `type` and `canonical` are required for accept and set, absent for reject. */
export interface ActorCorrection extends CorrectionBase {
  layer: 'actor';
  type?: ActorType;
  canonical?: string;
  /** Knowledge-base entity id (built-in or workspace KB) when the actor is known there. */
  entityId?: string;
}

/** `speaker` null: a quote without a speaker. Absent on reject. */
export interface QuoteCorrection extends CorrectionBase {
  layer: 'quote';
  speaker?: string | null;
  speakerId?: string;
  form?: QuoteForm;
}

/** A reported statement (indirect speech): the same values as a quote, without a form.
 *  `speaker` null: a statement without a speaker. Absent on reject. */
export interface ReportedCorrection extends CorrectionBase {
  layer: 'reported';
  speaker?: string | null;
  speakerId?: string;
}

export type Correction = ActorCorrection | QuoteCorrection | ReportedCorrection;

/** Tells a correction from an annotation (they share ids, targets and files). */
export function isCorrection(item: object): item is Correction {
  return 'layer' in item;
}
