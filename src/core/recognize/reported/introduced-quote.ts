// A full quote introduced inside a reporting verb's content: "menyampaikan satu pesan kepada
// warga: “…”", "mempertanyakan keputusan itu, mengklaim, “…”". The quoted words are a quote
// (spec: content entirely inside quotation marks is a quote), so whether the verb reports a
// clause is read on the narrative before the introduction alone: a noun object there
// ("satu pesan", "keputusan itu") makes no statement. A fragment inside a clause ("akan
// “bertindak tegas” terhadap …") is not introduced and stays part of the content.
import { isSpace, isWordChar } from '../../text/chars';
import type { QuoteSpan } from '../quote-marks';
import { CLAUSE_VERB_WORDS } from './cues';
import { spanIndexAfter } from './sentences';

/** The end of the narrative in [start, end) before the first quote opening in it that a colon
 *  or ", <reporting verb>," introduces; `end` when there is none. */
export function narrativeBeforeIntroducedQuote(p: string, start: number, end: number, spans: readonly QuoteSpan[]): number {
  if (spans.length === 0) return end;
  const i = spanIndexAfter(spans, start);
  if (i >= spans.length || spans[i].start <= start || spans[i].start >= end) return end;
  let k = spans[i].start;
  while (k > start && isSpace(p.charCodeAt(k - 1))) k--;
  if (k <= start) return end;
  const c = p.charCodeAt(k - 1);
  if (c === 58) return k - 1;
  if (c !== 44) return end;
  // ", mengklaim, “…”": a reporting verb between two commas, the subject's second report.
  let v = k - 1;
  while (v > start && isSpace(p.charCodeAt(v - 1))) v--;
  let w = v;
  while (w > start && isWordChar(p.charCodeAt(w - 1))) w--;
  if (w === v || !CLAUSE_VERB_WORDS.hasAt(p, w, v)) return end;
  let comma = w;
  while (comma > start && isSpace(p.charCodeAt(comma - 1))) comma--;
  return comma > start && p.charCodeAt(comma - 1) === 44 ? comma - 1 : end;
}
