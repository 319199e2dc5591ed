// A territorial military or naval command with its number and seat (issue 13, pattern
// 5): "Kodim 1414/Tana Toraja", "Korem 141/Toddopuli", "Kodam XIV/Hasanuddin" is one
// organisation; without the number the unit word is an ordinary organisation head.
import { pushMention, word } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_ORG_HEAD } from '../word-class';

export const MILITARY_UNITS = new Set(['Kodim', 'Korem', 'Kodam', 'Koramil', 'Lanal', 'Lantamal', 'Lanud', 'Yonif', 'Kodaeral']);

/** " 1414/Tana Toraja", " XIV/Hasanuddin": the number, a slash, and the seat's
 *  capitalised words (one space apart). */
const NUMBER_AND_SEAT = / (?:\d{1,4}|[IVXL]{1,6})\/\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)*/uy;

export const militaryUnit: ActorRule = {
  name: 'military-unit',
  cues: CUES_CLEAR,
  gate: F_ORG_HEAD,
  apply(ctx, i) {
    if (!MILITARY_UNITS.has(word(ctx, i))) return NO_MATCH;
    NUMBER_AND_SEAT.lastIndex = ctx.te[i];
    const m = NUMBER_AND_SEAT.exec(ctx.p);
    if (!m) return NO_MATCH;
    const end = ctx.te[i] + m[0].length;
    pushMention(ctx, ctx.ts[i], end, 'ORG', 'pattern');
    let j = i + 1;
    while (j < ctx.nt && ctx.ts[j] < end) j++;
    return j;
  },
};
