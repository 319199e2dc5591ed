// A headline "X: <statement>" without quotation marks reports X's words (cue ":").
// Only a short paragraph that is one line opening with a name and a colon qualifies.
import { isSpace, isUpper, wordAfter } from '../../text/chars';
import { TITLE_HEAD_WORDS } from '../lexicon';
import { firstStartingAt, type LocalMention } from '../mention';
import type { QuoteSpan } from '../quote-marks';
import { appendSmall } from '../small-list';
import type { LocalStatement } from './find';
import { coveredByQuote } from './find';
import { trimEnd } from './sentences';

const MAX_HEADLINE = 200;

export function headlineStatement(p: string, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement[] | undefined {
  if (mentions.length === 0 || p.length > MAX_HEADLINE) return undefined;
  // Most short paragraphs have no colon: one native search turns them away (a loop over
  // their first 100 characters was half of the reported pass's own time).
  const colon = p.indexOf(':');
  if (colon < 0 || colon >= 100) return undefined;
  // No sentence ends before the colon.
  for (let k = 0; k < colon; k++) if (p.charCodeAt(k) === 46 && isSpace(p.charCodeAt(k + 1))) return undefined;
  let e = colon;
  while (e > 0 && isSpace(p.charCodeAt(e - 1))) e--;
  const mi = firstStartingAt(mentions, e) - 1;
  if (mi < 0 || mentions[mi].end !== e || !onlyTitlesBefore(p, mentions, mi)) return undefined;
  let start = colon + 1;
  while (start < p.length && isSpace(p.charCodeAt(start))) start++;
  let end = trimEnd(p, start, p.length);
  if (end > start && p.charCodeAt(end - 1) === 46) end--;
  if (end <= start || coveredByQuote(start, end, spans) || !hasLowerWords(p, start, end, 3)) return undefined;
  return appendSmall(undefined, { start, end, cue: ':', attribution: { kind: 'mention', mention: mi, cue: ':' } });
}

/** Before the speaker's name only other names and title words ("Menlu Sugiono:"). */
function onlyTitlesBefore(p: string, mentions: LocalMention[], mi: number): boolean {
  let k = 0;
  const to = mentions[mi].start;
  let next = 0;
  while (k < to) {
    const w = wordAfter(p, k, to);
    if (!w) return p.slice(k, to).trim() === '';
    while (next < mi && mentions[next].end <= w.start) next++;
    const inMention = next <= mi && mentions[next].start <= w.start && w.end <= mentions[next].end;
    if (!inMention && !TITLE_HEAD_WORDS.hasAt(p, w.start, w.end) && !isUpper(p.charCodeAt(w.start))) return false;
    k = w.end;
  }
  return true;
}

/** At least `n` words, at least one of them lower-case (a clause, not a list of names). */
function hasLowerWords(p: string, from: number, to: number, n: number): boolean {
  let words = 0;
  let lower = false;
  for (let w = wordAfter(p, from, to); w; w = wordAfter(p, w.end, to)) {
    words++;
    if (!isUpper(p.charCodeAt(w.start))) lower = true;
    if (words >= n && lower) return true;
  }
  return false;
}
