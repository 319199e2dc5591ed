// "Pemerintah Provinsi Maluku Utara": a regional government is an organisation.
import { adjacent, has, pushMention } from '../ctx';
import { acronymAfter, orgExtent } from '../extents';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_PEMERINTAH, F_PLACE_PREFIX } from '../word-class';

export const regionalGovernment: ActorRule = {
  name: 'regional-government',
  cues: CUES_CLEAR,
  gate: F_PEMERINTAH,
  apply(ctx, i) {
    if (!(has(ctx, i, F_PEMERINTAH) && i + 2 < ctx.nt && adjacent(ctx, i, i + 1) && has(ctx, i + 1, F_PLACE_PREFIX) &&
        adjacent(ctx, i + 1, i + 2))) return NO_MATCH;
    const j = orgExtent(ctx, i + 1);
    pushMention(ctx, ctx.ts[i], ctx.te[j - 1], 'ORG', 'pattern');
    return acronymAfter(ctx, j, ctx.out.length - 1);
  },
};
