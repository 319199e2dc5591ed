// "manajer Madura United Carlos Parreira", "pelatih Dewa United Jan Olde Riekerink",
// "kiper Bali United FC Nadeo Argawinata": a club is written before its coach's or player's
// name with no comma, after a lower-case role noun. The club's tail ("United", "FC") closes
// the club's name; two or more capitalised words after it are the person, not more of the
// club (a club's name does not go on after its tail, except into another tail: "Bali United
// FC", "Manchester United Football Club").
import { adjacent, has, kbMatch, low, type Ctx } from './ctx';
import { F_ORG_HEAD, F_ORG_TAIL, F_TITLE_HEAD } from './word-class';

/** Tails that close a club's name. */
const CLUB_TAILS = new Set(['fc', 'united']);
/** Words of a club's name that may follow its tail ("Manchester United Football Club"). */
const CLUB_WORDS = new Set(['football', 'club', 'fc', 'sc', 'soccer', 'sporting']);

/** The unknown run from token i ends before token j: token j - 1 is a club's tail after
 *  the club's own name, and j starts a name of two words or more that is no tail, head or
 *  known place or body. */
export function clubEndsBefore(ctx: Ctx, i: number, j: number): boolean {
  if (j < i + 2 || !CLUB_TAILS.has(low(ctx, j - 1))) return false;
  if (j + 1 >= ctx.nt || !adjacent(ctx, j, j + 1)) return false;
  for (const k of [j, j + 1]) {
    if (has(ctx, k, F_ORG_TAIL | F_ORG_HEAD | F_TITLE_HEAD) || CLUB_WORDS.has(low(ctx, k))) return false;
    const m = kbMatch(ctx, k);
    if (m && m.entity.type !== 'PER') return false;
  }
  return true;
}
