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
  /** The attribution cue that decided the speaker, e.g. "kata", "ujarnya", "continuation". */
  cue?: string;
}

export interface AnalysisResult {
  actors: ActorMention[];
  quotes: Quote[];
}
