/** Shapes produced by the recognition engine. Offsets are UTF-16 code units into the
 *  text as decoded (BOM removed), `end` exclusive: `text.slice(start, end)` is the span. */

export type ActorType = 'PER' | 'ORG' | 'GPE';

export interface ActorMention {
  start: number;
  end: number;
  /** The exact surface text, `text.slice(start, end)`. */
  text: string;
  type: ActorType;
  /** Canonical identity (English Wikipedia title for foreign entities, official
   *  Indonesian name for Indonesian ones, fullest in-article name for unknown people). */
  canonical: string;
  /** Knowledge-base id when the mention was linked to a KB entity. */
  entityId?: string;
}

export interface Quote {
  start: number;
  end: number;
  /** The quote including both quotation marks. */
  text: string;
  /** Canonical name of the speaker, or null when no speaker could be resolved. */
  speaker: string | null;
  /** The actor mention that names the speaker (may be far away for anaphora). */
  speakerMention?: { start: number; end: number };
  /** The attribution cue that decided the speaker, e.g. "kata", "ujarnya", or one of the
   *  CONTEXT_CUE values. */
  cue?: string;
}

/** A quote's cue where no word of the text attributes it, naming how its speaker was found
 *  (docs/formats.md promises these words in the analyze output): the speaker of the quote
 *  before (`continuation`), a turn of a question-and-answer dialogue (`exchange`), the
 *  person who took the floor in the quote's paragraph (`floor`). The fourth such cue,
 *  `moderator`, is moderator-question.ts's MODERATOR_HEAD. */
export const CONTEXT_CUE = { continuation: 'continuation', exchange: 'exchange', floor: 'floor' } as const;
export type ContextCue = (typeof CONTEXT_CUE)[keyof typeof CONTEXT_CUE];
const CONTEXT_CUES: ReadonlySet<string> = new Set(Object.values(CONTEXT_CUE));

/** Whether a quote's cue is one of the CONTEXT_CUE values. */
export function isContextCue(cue: string | undefined): cue is ContextCue {
  return cue !== undefined && CONTEXT_CUES.has(cue);
}

export interface AnalysisResult {
  actors: ActorMention[];
  quotes: Quote[];
  /** Reported statements, sorted by start, never overlapping one another. `analyze()`
   *  always fills it; optional so results built elsewhere (curated, windowed, test
   *  fixtures) need not carry it until they learn about statements. */
  reported?: ReportedStatement[];
}

/** How a reported statement's speaker was found: named at the cue ('explicit'), a
 *  pronoun or -nya cue pointing back ('anaphoric'), or a role description resolved from
 *  what came before ('context'); 'none' only in the curated layer, for a statement a
 *  researcher left without a speaker. */
export type StatementAttribution = 'explicit' | 'anaphoric' | 'context' | 'none';

/** A reported (indirect) statement: what an actor said, in the writer's words
 *  ("Peskov mengatakan NATO terus memperluas diri"). The span is the content only. */
export interface ReportedStatement {
  start: number;
  end: number;
  /** The content, `text.slice(start, end)`. */
  text: string;
  /** Canonical name of the speaker, resolved exactly like a quote's speaker. The
   *  recognizer lists no statement whose speaker it cannot resolve (the spec counts only
   *  the words of an identifiable actor), so it never gives null; the curated layer does
   *  when a researcher removes the speaker (or rejects the mention it came from). */
  speaker: string | null;
  /** The actor mention that names the speaker (may be far away for anaphora); always
   *  given by the recognizer, absent in the curated layer when there is no speaker. */
  speakerMention?: { start: number; end: number };
  /** The reporting cue as written: "mengatakan", "menurut", "kata", "ujarnya", ":", … */
  cue: string;
  attribution: StatementAttribution;
  /** Quotes (their spans) that lie inside the statement: the quoted fragment it contains. */
  quotes?: { start: number; end: number }[];
}
