// "“…,” kata X di Velmora, menurut Reuters." / "“…,” ujarnya, seperti dikutip AFP.": a quote
// with its own attribution, then the outlet that carried it. The words are the quote's
// speaker's; "menurut <outlet>" there is a credit (a translated "according to Reuters"), no
// second speaker and no reported statement (spec: content inside quotation marks is a quote).
// A person's own words may follow that "menurut" too ("“…,” kata X, menurut pengamat Y hal itu
// hanya gertakan"): a credit only when its name is a news outlet's or closes the sentence.
import { wordAfter } from '../../text/chars';
import { knownOutlet } from '../../metadata/outlets';
import { mediaNounBefore } from '../actors/media-cue';
import { cueWithNya } from '../attribution';
import { POST_CUE_WORDS } from '../lexicon';
import { firstStartingAt, type LocalMention } from '../mention';
import type { QuoteSpan } from '../quote-marks';
import { spanAt } from './sentences';

/** A closed quote opens at `start` and a quote cue follows its closing mark: what runs from
 *  `start` is the quote and its own attribution, never the words of a "menurut X" after it. */
export function attributedQuoteAt(p: string, start: number, spans: readonly QuoteSpan[]): boolean {
  if (spans.length === 0) return false;
  const q = spanAt(spans, start);
  if (q < 0 || spans[q].unclosed) return false;
  const w = wordAfter(p, spans[q].end);
  return w !== null && (POST_CUE_WORDS.hasAt(p, w.start, w.end) || cueWithNya(p, w.start, w.end));
}

/** How far after "menurut" its name may start ("menurut kantor berita nasional Prancis AFP"). */
const NAME_REACH = 80;

/** The name after "menurut" (ending at `cueEnd`) is a news outlet's ("Reuters", "kantor berita
 *  AFP"), or ends the sentence ("…, menurut Reuters."); a clause after it is that person's words. */
export function creditedName(p: string, cueEnd: number, mentions: readonly LocalMention[]): boolean {
  const i = firstStartingAt(mentions, cueEnd);
  if (i >= mentions.length) return false;
  const m = mentions[i];
  // (the name within the clause, a short reach: no walk to a far mention per cue)
  if (m.start - cueEnd > NAME_REACH) return false;
  for (let k = cueEnd; k < m.start; k++) {
    const c = p.charCodeAt(k);
    if (c === 44 || c === 46 || c === 59) return false;
  }
  if (knownOutlet(p.slice(m.start, m.end)) !== undefined || mediaNounBefore(p, m.start)) return true;
  let k = m.end;
  while (k < p.length && p.charCodeAt(k) === 32) k++;
  const c = p.charCodeAt(k);
  return k >= p.length || c === 46 || c === 33 || c === 63;
}
