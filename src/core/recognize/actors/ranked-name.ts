// "Irjen Pol Ribut Hari Wibowo", "AKBP Minggu Setiawan Putra", "Kolonel Inf Kamis Rahardjo":
// Javanese names are often common words (Ribut, Hari, Minggu, Slamet), and a word that
// would end an unknown name elsewhere ("Hari" opens "Hari Raya", "Hari Pahlawan") is still
// a word of the name right after a police or military rank: a rank is only ever written
// before a person's name, so the capitalised run after it is that name to its end.
import { OFFICER_GRADES } from '../officer-grades';
import { adjacent, has, kbMatch, low, type Ctx } from './ctx';
import { F_ACRONYM, F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD } from './word-class';

/** Ranks of every grade, officers (officer-grades.ts) and the ranks below them. */
const RANKS = new Set([...[...OFFICER_GRADES.values()].flat(), 'komjen', 'aiptu', 'aipda', 'bripka', 'brigpol', 'briptu', 'bripda',
  'serka', 'serma', 'sertu', 'serda', 'kopka', 'kopda', 'koptu', 'praka', 'pratu', 'prada', 'peltu', 'pelda']);
/** The word is a police or military rank ("Iptu", "Kolonel"), only ever written before a name. */
export function isRank(lowWord: string): boolean {
  return RANKS.has(lowWord);
}

/** How many words of a name may stand between the rank and the common word. */
const MAX_WORDS_BEFORE = 2;

/** Token j, a word that ends an unknown name elsewhere, goes on the name that starts at token
 *  i right after a rank ("Pol", "Inf" and other corps words may follow the rank): j is
 *  followed by another word of the name and is no organisation's or title's head. */
export function rankedNameGoesOn(ctx: Ctx, i: number, j: number): boolean {
  if (j - i > MAX_WORDS_BEFORE || has(ctx, j, F_ORG_HEAD | F_TITLE_HEAD | F_ACRONYM) || !afterRank(ctx, i)) return false;
  const k = j + 1;
  if (k >= ctx.nt || !adjacent(ctx, j, k) || has(ctx, k, F_ORG_HEAD | F_TITLE_HEAD | F_ACRONYM)) return false;
  const m = kbMatch(ctx, k);
  return !m || m.entity.type === 'PER';
}

/** Token i follows a rank, directly or after its corps word ("Irjen Pol", "Kolonel Inf"). */
function afterRank(ctx: Ctx, i: number): boolean {
  if (i === 0 || !adjacent(ctx, i - 1, i)) return false;
  if (RANKS.has(low(ctx, i - 1))) return true;
  return i >= 2 && has(ctx, i - 1, F_TITLE_WORD) && adjacent(ctx, i - 2, i - 1) && RANKS.has(low(ctx, i - 2));
}
