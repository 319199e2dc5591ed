// "Konsulat Jenderal Republik Indonesia di Davao", "Konsulat Jenderal Jepang di Surabaya": a
// consulate is named by the city it sits in, and a country has several, so the city after
// "di" is part of its name (dev d235, d292, d294 annotate it so). An embassy is not: a
// country has one, in the capital, and the sets annotate "Kedutaan Besar X di Jakarta" as
// the embassy and its city (old 19, 28; dev d74, d141, d217).
import { isCountry } from '../../kb/country';
import { kbMatch, lowIs, type Ctx } from './ctx';

/** The token after "di <city>" when the organisation headed by token `head` and ending
 *  before token `j` is a consulate and a city the KB knows follows it that way; else j.
 *  (Tokens are capitalised words: "di" is the gap between the name and the city.) */
export function consulateCityEnd(ctx: Ctx, head: number, j: number): number {
  const { p, ts, te, nt } = ctx;
  if (!lowIs(ctx, head, 'konsulat') || j >= nt || j - head < 2 || ts[j] - te[j - 1] !== 4 || !p.startsWith(' di ', te[j - 1])) return j;
  const city = kbMatch(ctx, j);
  if (!city || city.entity.type !== 'GPE' || isCountry(city.entity)) return j;
  let k = j + 1;
  while (k < nt && ts[k] < city.end) k++;
  return k;
}
