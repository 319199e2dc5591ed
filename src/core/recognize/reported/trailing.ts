// "<content>, kata X." / "<content>, ujarnya." / "A, kata X, B." / "<content>, demikian
// disampaikan X.": an attribution after the content, read by the quote rules
// (attribution.ts afterQuote) as if the content were a quote ending at the comma.
import { isSpace, isUpper, wordAfter, isDigit } from '../../text/chars';
import { afterQuote } from '../attribution';
import type { LocalMention } from '../mention';
import type { QuoteSpan } from '../quote-marks';
import { ATTRIBUTION_TAIL_WORDS } from './cues';
import type { LocalStatement } from './find';
import { contentEnd, skipLead, spanAt, trimEnd } from './sentences';
import { attributedQuoteAt } from './quote-credit';

/** `comma` is the offset of the comma before the cue word; `menurut`: that word is
 *  "menurut" / "menurutnya" (find.ts tells). */
export function trailingStatement(p: string, comma: number, menurut: boolean, sentence: number, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement | null {
  const start = skipLead(p, sentence, comma);
  if (start >= comma) return null;
  // “…,” kata X: the words are a quote's, attributed there.
  const before = trimEnd(p, start, comma);
  if (spans.length > 0 && before > start) {
    const q = spanAt(spans, before - 1);
    if (q >= 0 && spans[q].start <= start) return null;
  }
  // “…,” kata X di Velmora, menurut Reuters: the outlet is credited (quote-credit.ts).
  // “…,” kata X, menurut Y <clause>: Y's words follow Y (medial-menurut.ts).
  if (menurut && attributedQuoteAt(p, start, spans)) return null;
  const a = afterQuote(p, { start, end: comma, unclosed: false }, mentions);
  if (a === null || a.kind === 'none') return null;
  const cueWord = wordAfter(p, comma + 1);
  const cue = a.cue || (cueWord ? p.slice(cueWord.start, cueWord.end) : ',');
  return { start, end: medialEnd(p, comma, spans) ?? before, cue, attribution: { ...a, cue } };
}

/** "A, kata X, B": the statement runs on after the attribution to the sentence end
 *  when a clause follows its closing comma (not a date, a place or a name). */
export function medialEnd(p: string, comma: number, spans: QuoteSpan[]): number | null {
  const sentenceEnd = contentEnd(p, comma + 1, spans, 400);
  let k = comma + 1;
  let close = -1;
  for (; k < sentenceEnd; k++) {
    const c = p.charCodeAt(k);
    if (c === 0x201c || c === 34 || c === 40) return null;
    if (c === 44) { close = k; break; }
  }
  if (close < 0) return null;
  let w = wordAfter(p, close + 1, sentenceEnd);
  if (!w || ATTRIBUTION_TAIL_WORDS.hasAt(p, w.start, w.end) || isDigit(p.charCodeAt(w.start))) return null;
  // A clause has a lower-case word among its first three; a name or a list of names has none.
  let words = 0;
  let lower = false;
  while (w && words < 3) {
    words++;
    if (!isUpper(p.charCodeAt(w.start))) lower = true;
    w = wordAfter(p, w.end, sentenceEnd);
  }
  if (!lower || words < 3) return null;
  while (sentenceEnd > 0 && isSpace(p.charCodeAt(sentenceEnd - 1))) return sentenceEnd - 1;
  return sentenceEnd;
}

