// "Pemprov Jatim Cabut Izin Tambang …", "Disdik Sumbar Larang Studi Tur …": in a headline
// only KB names count, so a regional body in short form gave its region alone. A short head
// right before a region the KB knows is the body (the link pass names it in full, as in the
// body text: regional-names.ts); nothing else in a Title Case headline is read as a name.
import { adjacent, kbMatch, pushMention, word } from '../ctx';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { isRegionalShortHead } from '../../regional-names';

export const headlineRegionalBody: ActorRule = {
  name: 'headline-regional-body',
  cues: CUES_CLEAR,
  // (Every token of a headline: "DPRD" is no organisation head, since a person may follow it.)
  gate: ALWAYS,
  apply(ctx, i) {
    if (i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1) || !isRegionalShortHead(word(ctx, i))) return NO_MATCH;
    const region = kbMatch(ctx, i + 1);
    if (!region || region.entity.type !== 'GPE') return NO_MATCH;
    let k = i + 2;
    while (k < ctx.nt && ctx.ts[k] < region.end) k++;
    pushMention(ctx, ctx.ts[i], region.end, 'ORG', 'pattern');
    return k;
  },
};
