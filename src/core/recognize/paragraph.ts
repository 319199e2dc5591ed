// The cheap, cacheable half of the analysis: everything that only needs one paragraph.
import type { KbIndex } from '../kb/kb-index';
import type { WordTable } from '../text/word-table';
import { attributedQuotes, speechEvents, type LocalQuote, type SpeechEvent } from './attribution';
import type { LocalMention } from './mention';
import { paragraphActors, type WordInfo } from './paragraph-actors';
import { findQuoteSpans } from './quote-marks';

/** One paragraph's findings, offsets relative to the paragraph start. Depends only on
 *  the paragraph text and the KB, so it can be cached by paragraph text. */
export interface ParagraphAnalysis {
  mentions: LocalMention[];
  quotes: LocalQuote[];
  events: SpeechEvent[];
}

/** `words`, when given, interns the capitalised words of the text the paragraph belongs
 *  to (see WordTable); without it a shared, bounded table is used. */
export function analyzeParagraph(p: string, kb: KbIndex, words?: WordTable<WordInfo>): ParagraphAnalysis {
  const mentions = paragraphActors(p, kb, words);
  const spans = findQuoteSpans(p);
  return { mentions, quotes: attributedQuotes(p, spans, mentions), events: speechEvents(p, mentions, spans) };
}
