// "Produktivitas karyawan, menurut dia, justru naik …" / "…, menurut X.": "menurut" after a
// comma inside or at the end of a sentence, the medial and trailing forms of "Menurut X,
// …". The statement runs from the sentence start over the attribution to the sentence
// end (the spec's medial attribution "A, kata X, B"), or ends before the comma. The
// trailing quote cues ("kata", "ujar") are read by trailing.ts; "menurut" is no quote cue.
import { isUpper, wordAfter } from '../../text/chars';
import { mentionAfter } from '../attribution';
import { SUBJECT_PRONOUN_WORDS } from '../lexicon';
import type { LocalMention } from '../mention';
import type { QuoteSpan } from '../quote-marks';
import type { LocalStatement } from './find';
import { contentEnd, skipLead, spanAt, trimEnd } from './sentences';
import { medialEnd } from './trailing';
import { attributedQuoteAt, creditedName } from './quote-credit';

/** `comma` is the offset of the comma before "menurut" / "menurutnya", which ends at `cueEnd`. */
export function medialMenurut(p: string, comma: number, cueEnd: number, sentence: number, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement | null {
  const start = skipLead(p, sentence, comma);
  const before = trimEnd(p, start, comma);
  if (before <= start) return null;
  // “…,” menurut X: a quote's words, attributed there.
  if (spans.length > 0 && spanAt(spans, before - 1) >= 0) return null;
  // “…,” kata X di Velmora, menurut Reuters: the quote has its speaker; the outlet that
  // carried it is credited, no second speaker (a translated "according to Reuters").
  const quoted = attributedQuoteAt(p, start, spans);
  if (quoted && creditedName(p, cueEnd, mentions)) return null;
  const cue = p.slice(comma + 2, cueEnd);
  let attribution: LocalStatement['attribution'];
  const next = wordAfter(p, cueEnd);
  if (cue.length === 10 || (next !== null && SUBJECT_PRONOUN_WORDS.hasAt(p, next.start, next.end))) {
    attribution = { kind: 'anaphora', cue: cue.toLowerCase() };
  } else {
    const a = mentionAfter(p, cueEnd, mentions, 'menurut');
    if (a.kind === 'none') return null;
    attribution = a;
  }
  // “…,” kata X, menurut pengamat Y hal itu hanya gertakan: the quote is X's; Y's own words
  // follow Y's name.
  if (quoted) return attribution.kind === 'mention' ? wordsAfterName(p, mentions[attribution.mention].end, spans, cue, attribution) : null;
  return { start, end: medialEnd(p, comma, spans) ?? before, cue, attribution };
}

/** The clause after the name ending at `nameEnd` (a comma between them skipped) to the
 *  sentence end: three words or more, one of them lower-case; else null. */
function wordsAfterName(p: string, nameEnd: number, spans: QuoteSpan[], cue: string, attribution: LocalStatement['attribution']): LocalStatement | null {
  let from = nameEnd;
  while (from < p.length && (p.charCodeAt(from) === 32 || p.charCodeAt(from) === 44)) from++;
  const end = trimEnd(p, from, contentEnd(p, from, spans, 400));
  let words = 0;
  let lower = false;
  for (let w = wordAfter(p, from, end); w !== null; w = wordAfter(p, w.end, end)) {
    words++;
    if (!isUpper(p.charCodeAt(w.start))) lower = true;
  }
  return words >= 3 && lower ? { start: from, end, cue, attribution } : null;
}
