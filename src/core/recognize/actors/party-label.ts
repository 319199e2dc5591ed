// A party of a proceeding among a paragraph's tokens (proceeding-parties.ts): "Teradu II"
// is a title with its number, no name ("II" was read as a person), and "(Terlapor I)"
// after a company or a person is the bearer's role in the hearing, not the name's short
// form ("PT Nusa Utara Konstruksi (Terlapor I)" gave the company a second mention).
import { isRomanNumeral } from '../../text/roman-numerals';
import { isPartyNoun } from '../proceeding-parties';
import { adjacent, low, type Ctx } from './ctx';

/** Token j is a Roman numeral right after a party of a proceeding ("Terlapor I"). */
export function partyNumberAt(ctx: Ctx, j: number): boolean {
  return j > 0 && j < ctx.nt && adjacent(ctx, j - 1, j) && isPartyNoun(low(ctx, j - 1)) && isRomanNumeral(ctx.p.slice(ctx.ts[j], ctx.te[j]));
}

/** The words in brackets from token j are a party, with or without its number, and close
 *  the brackets ("(Pemohon)", "(Teradu II)"). */
export function partyInBrackets(ctx: Ctx, j: number): boolean {
  if (j >= ctx.nt || ctx.p.charCodeAt(ctx.ts[j] - 1) !== 40 || !isPartyNoun(low(ctx, j))) return false;
  const last = partyNumberAt(ctx, j + 1) ? j + 1 : j;
  return ctx.p.charCodeAt(ctx.te[last]) === 41;
}
