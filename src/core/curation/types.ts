/** The recognized layer after a researcher's corrections, with the provenance of each item. */
import type { ActorMention, Quote, ReportedStatement } from '../recognize/types';
import type { QuoteForm } from '../annotations/corrections';

/**
 * Where an item of the curated layer comes from:
 *  - machine:   the recognizer's, not reviewed;
 *  - accepted:  the recognizer's, confirmed by the researcher (or a correction the
 *               analysis has come to agree with);
 *  - corrected: the researcher changed the machine's item (type, link, speaker, span);
 *  - added:     the researcher marked an item the machine missed;
 *  - followed:  the recognizer's quote or statement whose speaker follows a correction of
 *               what the recognizer derived it from (the speaker's mention, or the item
 *               before it: curation/follow.ts), or the recognizer's mention of a person
 *               that follows the full name the researcher decided before it ("Arif" after
 *               a marked "Arif Nasution": curation/follow-name.ts); `by` and
 *               `correctionId` name that correction. Not decided: review mode still walks
 *               to it.
 */
export type Provenance = 'machine' | 'accepted' | 'corrected' | 'added' | 'followed';

/** The cue of a quote or statement a correction added, or put on a new span with another
 *  speaker: no word of the text was read for it (docs/formats.md). A correction of the
 *  speaker alone keeps the recognizer's cue (apply.ts keptCue). */
export const RESEARCHER_CUE = 'researcher';

interface Curated {
  provenance: Provenance;
  /** The annotator whose correction decided the item (absent for machine items). */
  by?: string;
  /** The correction behind the item (absent for machine items). */
  correctionId?: string;
}

export type CuratedMention = ActorMention & Curated;
export type CuratedQuote = Quote & Curated & { form?: QuoteForm };
export type CuratedStatement = ReportedStatement & Curated;

/**
 * What became of one correction:
 *  - applied:    it decided an item;
 *  - redundant:  the analysis already says the same (a `set` it agrees with, a `reject`
 *                of an item it no longer produces): nothing is duplicated;
 *  - changed:    an `accept` of values the analysis no longer gives: the accepted values
 *                are kept, and the difference is worth a look;
 *  - unmatched:  a `reject` whose span no longer matches the machine's item exactly
 *                (the analysis moved it): not applied elsewhere, shown for review;
 *  - unplaced:   the correction could not be placed on the current text (needsReview);
 *  - superseded: a later correction of an overlapping span decided instead.
 */
export type CorrectionOutcome = 'applied' | 'redundant' | 'changed' | 'unmatched' | 'unplaced' | 'superseded';

export interface CuratedAnalysis {
  actors: CuratedMention[];
  quotes: CuratedQuote[];
  /** Reported statements (indirect speech), in text order. */
  reported: CuratedStatement[];
  /** Machine items removed by a reject, for review counts and "why is it gone" hovers. */
  rejected: { actors: ActorMention[]; quotes: Quote[]; reported?: ReportedStatement[] };
  /** Outcome of every correction, by correction id. */
  outcomes: Map<string, CorrectionOutcome>;
}
