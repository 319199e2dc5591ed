// "“…,” kata X di Velmora, menurut Reuters." / "“…,” ujarnya, seperti dikutip AFP.": a quote
// with its own attribution, then the outlet that carried it. The words are the quote's
// speaker's; "menurut <outlet>" there is a credit (a translated "according to Reuters"), no
// second speaker and no reported statement (spec: content inside quotation marks is a quote).
import { wordAfter } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import type { QuoteSpan } from '../quote-marks';
import { TRAILING_CUES } from './cues';
import { spanAt } from './sentences';

/** Quote cues after a closing mark ("kata", "ujarnya", …). */
const QUOTE_CUE_WORDS = new LowerWordSet(TRAILING_CUES.flatMap((w) => [w, `${w}nya`]));

/** A closed quote opens at `start` and a quote cue follows its closing mark: what runs from
 *  `start` is the quote and its own attribution. */
export function attributedQuoteAt(p: string, start: number, spans: readonly QuoteSpan[]): boolean {
  if (spans.length === 0) return false;
  const q = spanAt(spans, start);
  if (q < 0 || spans[q].unclosed) return false;
  const w = wordAfter(p, spans[q].end);
  return w !== null && QUOTE_CUE_WORDS.hasAt(p, w.start, w.end);
}
