// "WAWANCARA RETNO ANGGRAINI: “…”": a headline in capitals reads "RETNO" as the KB's Retno
// Marsudi; the link pass then finds the body's "Retno Anggraini" in the headline
// (headline-names.ts) and drops the shorter mention. The speakers were resolved before that
// (linkQuotes runs first), so a quote or statement kept the dropped mention and the KB
// person the article never names. The name the headline was re-read as is the speaker.
import { firstStartingAt } from './mention';
import type { ActorMention, Quote, ReportedStatement } from './types';

/** Points every speaker mention lying inside a person of `names` (the headline's re-read
 *  names, sorted by start) to that person. */
export function speakersToHeadlineNames(names: readonly ActorMention[], items: readonly (Quote | ReportedStatement)[]): void {
  if (names.length === 0) return;
  for (const item of items) {
    const sm = item.speakerMention;
    if (sm === undefined) continue;
    const k = firstStartingAt(names, sm.start + 1) - 1;
    if (k < 0) continue;
    const h = names[k];
    if (h.type !== 'PER' || sm.end > h.end || (h.start === sm.start && h.end === sm.end)) continue;
    item.speaker = h.canonical;
    item.speakerMention = { start: h.start, end: h.end };
  }
}
