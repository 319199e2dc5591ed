// "PS Meureudu Raya", "PS Barito Putera", "PS Kwarta Deli Serdang": Indonesian football clubs
// named "PS" (Persatuan Sepak Bola) and a name are one organisation (misreads47: "PS" and a
// person "Meureudu Raya"). The clubs with the initials of their town ("PSBS Biak") are read
// in unknown-name.ts; a holder named right after the club ("Pelatih PS Barito Putera Rahmad
// Darmawan") is cut off as after any body (person-after-body.ts).
import { adjacent, has, kbMatch, wordIs, type Ctx } from './ctx';
import { unknownExtent } from './extents';
import { bestPersonTail } from './person-after-body';
import { F_ACRONYM, F_NEVER_ACTOR, F_ORG_HEAD, F_TITLE_HEAD, F_UPPER_CASE } from './word-class';

/** Token s is "PS" before a capitalised name the KB does not know: the token after the club's
 *  name, or -1. */
export function psClubEnd(ctx: Ctx, s: number): number {
  const k = s + 1;
  if (!wordIs(ctx, s, 'PS') || k >= ctx.nt || !adjacent(ctx, s, k) || ctx.p.charCodeAt(ctx.te[s]) !== 32) return -1;
  if (has(ctx, k, F_TITLE_HEAD | F_ORG_HEAD | F_UPPER_CASE | F_ACRONYM | F_NEVER_ACTOR) || kbMatch(ctx, k)) return -1;
  const runEnd = unknownExtent(ctx, k);
  return bestPersonTail(ctx, s, runEnd);
}
