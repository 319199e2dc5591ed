// "Pemerintah Provinsi Maluku Utara", "Pemerintah Daerah Istimewa Yogyakarta": a regional
// government is an organisation.
// "Pemerintah Aceh" too, the province's official government name (regional-names.ts);
// "Pemerintah <country>" stays the country.
import { adjacent, has, kbMatch, pushMention, type Ctx } from '../ctx';
import { acronymAfter, opensRegionalGovernment, orgExtent } from '../extents';
import { GOVERNMENT_WITHOUT_PREFIX } from '../../regional-names';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_PEMERINTAH } from '../word-class';

export const regionalGovernment: ActorRule = {
  name: 'regional-government',
  cues: CUES_CLEAR,
  gate: F_PEMERINTAH,
  apply(ctx, i) {
    if (!has(ctx, i, F_PEMERINTAH) || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1)) return NO_MATCH;
    if (governmentWithoutPrefix(ctx, i)) {
      pushMention(ctx, ctx.ts[i], ctx.te[i + 1], 'ORG', 'pattern');
      return acronymAfter(ctx, i + 2, ctx.out.length - 1);
    }
    if (!opensRegionalGovernment(ctx, i)) return NO_MATCH;
    const j = orgExtent(ctx, i + 1);
    pushMention(ctx, ctx.ts[i], ctx.te[j - 1], 'ORG', 'pattern');
    return acronymAfter(ctx, j, ctx.out.length - 1);
  },
};

/** Tokens i and i + 1 are "Pemerintah Aceh", the province alone (not "Aceh Besar", a
 *  regency the KB names longer). */
function governmentWithoutPrefix(ctx: Ctx, i: number): boolean {
  const m = kbMatch(ctx, i + 1);
  return m !== null && m.entity.type === 'GPE' && m.end === ctx.te[i + 1] && ctx.te[i + 1] - ctx.ts[i] === GOVERNMENT_WITHOUT_PREFIX.length &&
    ctx.p.startsWith(GOVERNMENT_WITHOUT_PREFIX, ctx.ts[i]);
}
