// "Presiden", "Menteri Luar Negeri", "Juru Bicara": a title (with its title words) is no
// actor, and the next unknown name after it is a person.
import { adjacent, has, kbMatch } from '../ctx';
import { CUES_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD } from '../word-class';

export const title: ActorRule = {
  name: 'title',
  cues: CUES_TITLE,
  gate: F_TITLE_HEAD,
  apply(ctx, i) {
    if (!has(ctx, i, F_TITLE_HEAD) || (ctx.mode === 'credit' && i >= ctx.valueFrom)) return NO_MATCH;
    let j = i + 1;
    while (j < ctx.nt && adjacent(ctx, j - 1, j) && has(ctx, j, F_TITLE_WORD | F_TITLE_HEAD) &&
      !kbMatch(ctx, j) && !has(ctx, j, F_ORG_HEAD)) j++;
    return j;
  },
};
