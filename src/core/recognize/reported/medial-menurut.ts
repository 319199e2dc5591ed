// "Produktivitas pekerja, menurut dia, justru naik …" / "…, menurut X.": "menurut" after a
// comma inside or at the end of a sentence, the medial and trailing forms of "Menurut X,
// …". The statement runs from the sentence start over the attribution to the sentence
// end (the spec's medial attribution "A, kata X, B"), or ends before the comma. The
// trailing quote cues ("kata", "ujar") are read by trailing.ts; "menurut" is no quote cue.
import { wordAfter } from '../../text/chars';
import { mentionAfter } from '../attribution';
import { SUBJECT_PRONOUN_WORDS } from '../lexicon';
import type { LocalMention } from '../mention';
import type { QuoteSpan } from '../quote-marks';
import type { LocalStatement } from './find';
import { skipLead, spanAt, trimEnd } from './sentences';
import { medialEnd } from './trailing';
import { attributedQuoteAt } from './quote-credit';

/** `comma` is the offset of the comma before "menurut" / "menurutnya", which ends at `cueEnd`. */
export function medialMenurut(p: string, comma: number, cueEnd: number, sentence: number, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement | null {
  const start = skipLead(p, sentence, comma);
  const before = trimEnd(p, start, comma);
  if (before <= start) return null;
  // “…,” menurut X: a quote's words, attributed there.
  if (spans.length > 0 && spanAt(spans, before - 1) >= 0) return null;
  // “…,” kata X di Velmora, menurut Reuters: the quote has its speaker; the outlet that
  // carried it is credited, no second speaker (a translated "according to Reuters").
  if (attributedQuoteAt(p, start, spans)) return null;
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
  return { start, end: medialEnd(p, comma, spans) ?? before, cue, attribution };
}
