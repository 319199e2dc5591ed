// "Tabrakan di Selat Makassar", "Perahu Migran Tenggelam di Selat Inggris": in a Title Case or
// capitals headline every word is capitalised, so the sea words (lexicon SEA_WORDS) that make a strait or a sea of
// the place after them in body text (sea-name.ts, non-actor-head.ts) are skipped as common
// words there, and the place was read alone. After a place preposition ("di Selat …", "ke
// Teluk …") the capitalised sea word and the known place after it name the water body, no
// actor (issue 13, actors51b: two dev headlines). Elsewhere the word may be a body's
// ("Angkatan Laut Filipina"), and the headline is read as before. Not "Perairan": "di Perairan
// Jambi" names the province's waters, and the gold keeps the province.
import { wordBefore } from '../../../text/chars';
import { PLACE_PREPOSITION_WORDS, SEA_WORDS } from '../../lexicon';
import { adjacent, kbMatch, lowIs, type Ctx } from '../ctx';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';

export const headlineSeaName: ActorRule = {
  name: 'headline-sea-name',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    if (!seaWordAt(ctx, i) || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1) || ctx.p.charCodeAt(ctx.te[i]) !== 32) return NO_MATCH;
    const before = wordBefore(ctx.p, ctx.ts[i]);
    if (before === null || before.end !== ctx.ts[i] - 1 || !PLACE_PREPOSITION_WORDS.hasAt(ctx.p, before.start, before.end)) return NO_MATCH;
    // (the place the KB knows after it, and no more: the headline goes on with other words)
    const place = kbMatch(ctx, i + 1);
    if (place === null || place.entity.type !== 'GPE') return NO_MATCH;
    let j = i + 1;
    while (j < ctx.nt && ctx.ts[j] < place.end) j++;
    return j;
  },
};

function seaWordAt(ctx: Ctx, i: number): boolean {
  for (const w of SEA_WORDS) if (lowIs(ctx, i, w)) return true;
  return false;
}
