// "Timur Tengah", "Asia Tenggara" (lexicon REGION_PHRASES): pure regions, no actors.
import { ISLANDS, REGION_PHRASES } from '../../lexicon';
import { adjacent, has } from '../ctx';
import { CUES_CLEAR_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_REGION_FIRST } from '../word-class';

const NAME_CHAR = /[\p{L}\p{N}]/u;

export const regionPhrase: ActorRule = {
  name: 'region-phrase',
  cues: CUES_CLEAR_TITLE,
  gate: F_REGION_FIRST,
  apply(ctx, i) {
    if (!has(ctx, i, F_REGION_FIRST)) return NO_MATCH;
    const rest = ctx.p.slice(ctx.ts[i], ctx.ts[i] + 24);
    for (const r of REGION_PHRASES) {
      if (rest.startsWith(r) && !NAME_CHAR.test(rest.charAt(r.length))) {
        // "Jawa Timur", "Jawa Pos": an island's name going on is another name.
        if (ISLANDS.has(r) && i + 1 < ctx.nt && adjacent(ctx, i, i + 1)) return NO_MATCH;
        let j = i + 1;
        while (j < ctx.nt && ctx.te[j] <= ctx.ts[i] + r.length) j++;
        return j;
      }
    }
    return NO_MATCH;
  },
};
