// "Kapolres Xanduri AKBP Rudi Hartono", "Dandim Xanduri, Letkol Inf Budi Santoso,": the head of a
// regency's or a province's police or military command is titled by that region, and his
// rank opens his name. A region the KB does not know was read as the person (the title's
// name); the annotation spec counts a regency or a province a GPE (gold: "Kapolres Lumajang",
// "Kapolda Banten"). The kecamatan-level heads (Kapolsek, Danramil), whose place is no actor,
// are village-official.ts's.
import { REGIONAL_COMMAND_TITLES } from '../../lexicon';
import { isRank } from '../ranked-name';
import { adjacent, has, kbMatch, low, lowIs, pushMention } from '../ctx';
import { CUES_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_ACRONYM, F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD } from '../word-class';

/** A region's name has few words. */
const MAX_PLACE_WORDS = 3;

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

export const regionalCommandPlace: ActorRule = {
  name: 'regional-command-place',
  cues: CUES_TITLE,
  gate: F_TITLE_HEAD,
  apply(ctx, i) {
    if (!REGIONAL_COMMAND_TITLES.some((w) => lowIs(ctx, i, w))) return NO_MATCH;
    const s = i + 1;
    if (s >= ctx.nt || !adjacent(ctx, i, s)) return NO_MATCH;
    // "Kapolda Metro Jaya", "Wakapolda Metro Jaya": the Jakarta police's region is named for
    // no province or city (it spans Jakarta and towns of Banten and Jawa Barat); no actor.
    // ("Kapolres Metro Jakarta Selatan": the city after "Metro" is read as the city.)
    if (s + 1 < ctx.nt && lowIs(ctx, s, 'metro') && lowIs(ctx, s + 1, 'jaya') && adjacent(ctx, s, s + 1)) return s + 2;
    // "Kapolda Metro mengatakan …": the same region, "Jaya" left out (a provincial command
    // named "Metro" is only Jakarta's); not a person, nor a club "Metro …" of the article
    // (review46).
    if (lowIs(ctx, s, 'metro') && (lowIs(ctx, i, 'kapolda') || lowIs(ctx, i, 'wakapolda')) &&
        !(s + 1 < ctx.nt && adjacent(ctx, s, s + 1) && isCapital(ctx.p.charCodeAt(ctx.ts[s + 1])))) return s + 1;
    if (kbMatch(ctx, s)) return NO_MATCH;
    let e = s;
    while (e < ctx.nt && e - s < MAX_PLACE_WORDS && adjacent(ctx, e === s ? i : e - 1, e) && !isRank(low(ctx, e))) {
      if (has(ctx, e, F_TITLE_HEAD | F_TITLE_WORD | F_ORG_HEAD | F_NON_ACTOR_HEAD | F_ACRONYM | F_NEVER_ACTOR) || (e > s && kbMatch(ctx, e))) return NO_MATCH;
      const c = ctx.p.charCodeAt(ctx.ts[e]);
      if (c < 65 || c > 90) return NO_MATCH;
      e++;
      if (ctx.p.charCodeAt(ctx.te[e - 1]) === 44) break; // "Kapolres Xanduri, AKBP …"
    }
    if (e === s || e + 1 >= ctx.nt || !isRank(low(ctx, e)) || !adjacent(ctx, e, e + 1)) return NO_MATCH;
    const gap = ctx.p.slice(ctx.te[e - 1], ctx.ts[e]);
    if (gap !== ' ' && gap !== ', ') return NO_MATCH;
    pushMention(ctx, ctx.ts[s], ctx.te[e - 1], 'GPE', 'pattern');
    return e;
  },
};
