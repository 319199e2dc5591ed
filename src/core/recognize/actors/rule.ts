// An actor rule looks at the token where the driver stands and either declines or
// consumes one or more tokens (emitting mentions or not). The driver applies every
// rule's result the same way: it moves to the returned token and sets the cues the
// next name may take from the rule's `cues`.
import type { Ctx } from './ctx';

/** The gate of a rule that must be asked at every token. */
export const ALWAYS = -1;

/** A rule's apply() result when it does not apply at the token. */
export const NO_MATCH = -1;

/** What a rule's match does to the title and place cues (see Ctx). */
export const CUES_KEEP = 0;
export const CUES_CLEAR = 1;
export const CUES_CLEAR_TITLE = 2;
export const CUES_TITLE = 3;
export const CUES_PLACE = 4;
export type CueEffect = typeof CUES_KEEP | typeof CUES_CLEAR | typeof CUES_CLEAR_TITLE | typeof CUES_TITLE | typeof CUES_PLACE;

export interface ActorRule {
  /** Shown in tests and traces. */
  readonly name: string;
  readonly cues: CueEffect;
  /** Word-class bits (word-class.ts) one of which token i must have for the rule to
   *  apply, or ALWAYS: the driver does not call a rule whose gate the token fails, since
   *  most tokens concern few rules and a call through the table is not free. */
  readonly gate: number;
  /** Tries the rule at token i: the index of the next unvisited token (> i), or NO_MATCH. */
  apply(ctx: Ctx, i: number): number;
}
