// The cheap, cacheable half of the analysis: everything that only needs one paragraph.
import type { KbIndex } from '../kb/kb-index';
import { attributedQuotes, speechEvents, type LocalQuote, type SpeechEvent } from './attribution';
import type { LocalMention } from './mention';
import { lastParagraphWasHeadline, paragraphActors } from './paragraph-actors';
import { findQuoteSpans } from './quote-marks';
import { reportedStatements, type LocalStatement } from './reported/find';

/** One paragraph's findings, offsets relative to the paragraph start. Depends only on
 *  the paragraph text and the KB, so it can be cached by paragraph text. */
export interface ParagraphAnalysis {
  mentions: LocalMention[];
  quotes: LocalQuote[];
  events: SpeechEvent[];
  /** Reported statements (content spans without quotation marks), sorted by start. */
  reported: LocalStatement[];
  /** A headline line (Title Case or capitals), read for KB names only. */
  headline?: boolean;
}

export function analyzeParagraph(p: string, kb: KbIndex): ParagraphAnalysis {
  const mentions = paragraphActors(p, kb);
  const headline = lastParagraphWasHeadline();
  const spans = findQuoteSpans(p);
  return {
    mentions, quotes: attributedQuotes(p, spans, mentions), events: speechEvents(p, mentions, spans),
    reported: reportedStatements(p, mentions, spans), headline,
  };
}
