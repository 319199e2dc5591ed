// "Kepala Sekolah Sutrisno", "Kapten Tim Andi Wijaya", "Ketua Panitia Agus Salim Harahap": a
// title's head, then the bare noun of the unit it heads, then a person's name. The unit is
// not named (a named one follows its noun: "Kepala Sekolah Dasar Negeri 3", "Ketua Tim
// Pemenangan"), so the noun is the title's and the name after it the holder's; read as a
// body's name ("Sekolah Sutrisno"), glued to the person ("Tim Andi Wijaya") or skipped as a
// non-actor name ("Panitia …"), the holder was lost. The name model decides whether the
// words after the noun are a person's name.
import { readsAsPerson } from '../name-model';
import { adjacent, has, kbMatch, low, type Ctx } from './ctx';
import { F_ACRONYM, F_NEVER_ACTOR, F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD } from './word-class';

/** Nouns of a unit that a title heads without naming it. */
const UNIT_NOUNS = new Set(['sekolah', 'tim', 'panitia']);

/** Token j, right after a title's words ending at j - 1, is a unit noun the title heads and
 *  a person's name follows it: returns j + 1 (the title's end), else j. */
export function titleUnitNounEnd(ctx: Ctx, j: number): number {
  if (j + 1 >= ctx.nt || !UNIT_NOUNS.has(low(ctx, j)) || !adjacent(ctx, j - 1, j) || !adjacent(ctx, j, j + 1)) return j;
  let r = j + 1;
  while (r < ctx.nt && adjacent(ctx, r - 1, r) && !has(ctx, r, F_TITLE_HEAD | F_TITLE_WORD | F_ORG_HEAD | F_ACRONYM | F_NEVER_ACTOR) && !kbMatch(ctx, r)) r++;
  // (a known name right after the noun is the unit's: "Tim Garuda", "Panitia Persib"; and a
  // name going on into a place or a body is the unit's: "Kepala Sekolah Santa Maria Yogyakarta")
  if (r === j + 1 || (r < ctx.nt && adjacent(ctx, r - 1, r))) return j;
  return readsAsPerson(ctx.p, ctx.ts[j + 1], ctx.te[r - 1]) ? j + 1 : j;
}
