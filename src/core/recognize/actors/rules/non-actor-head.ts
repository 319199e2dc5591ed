// "KTT", "Gedung", "Operasi" (lexicon NON_ACTOR_HEADS): events, facilities and the like;
// the capitalised words after the head are skipped up to the next KB name ("KTT BRICS":
// BRICS is still a mention).
import { adjacent, has, kbMatch } from '../ctx';
import { CUES_CLEAR_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_NON_ACTOR_HEAD } from '../word-class';

export const nonActorHead: ActorRule = {
  name: 'non-actor-head',
  cues: CUES_CLEAR_TITLE,
  gate: F_NON_ACTOR_HEAD,
  apply(ctx, i) {
    if (!has(ctx, i, F_NON_ACTOR_HEAD)) return NO_MATCH;
    let j = i + 1;
    while (j < ctx.nt && adjacent(ctx, j - 1, j) && !kbMatch(ctx, j)) j++;
    return j;
  },
};
