// "Komite Wasit PSSI", "Dewan Hakim MTQ Jawa Barat", "Komisi Pelatih Nasional": a committee
// or council named for the trade of the people it oversees or gathers. The trade word is a
// title before a person elsewhere ("Wasit Budi Santoso"), so the organisation's name would
// stop before it; right after such a head and followed by more of the name it is a word of
// the name, as after an association's head (extents.ts, membersTrade).
import { adjacent, low, type Ctx } from './ctx';
import { MEMBER_TRADES } from '../lexicon';

/** Heads of a body that oversees or gathers the people of a trade. */
const COMMITTEE_HEADS = new Set(['komite', 'dewan', 'komisi']);

/** Token j, right after the committee head i and followed by more of the name, is the
 *  trade the committee is named for. */
export function committeeOfTrade(ctx: Ctx, i: number, j: number): boolean {
  return j === i + 1 && j + 1 < ctx.nt && adjacent(ctx, j, j + 1) && COMMITTEE_HEADS.has(low(ctx, i)) && MEMBER_TRADES.has(low(ctx, j));
}
