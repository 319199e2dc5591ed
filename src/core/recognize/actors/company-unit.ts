// "PT PLN (Persero) Unit Induk Distribusi Bali", "PT Kereta Api Indonesia (Persero) Daerah
// Operasi 3 Cirebon": a state company's regional unit, written after its legal form, is
// part of the company's name (as a branch is: "… (Persero) Cabang Kayangan"); so is a unit
// by its abbreviation after a company the KB knows, with or without the legal form ("PT KAI
// Daop 8 Surabaya", "PLN UID Jawa Timur"). The unit's name runs over capitalised words and
// unit numbers and must end in a known place, so a sentence that only goes on after the
// company ("(Persero) Daerah lain …") is left alone. After a company the KB knows, without
// its legal form, a unit written in words needs two of them before its place ("PLN Unit
// Induk Distribusi Bali"), and a unit may serve two places joined by "dan" ("… Jawa Tengah
// dan DIY").
import { adjacent, has, kbMatch, low, type Ctx } from './ctx';
import { F_ORG_HEAD, F_TITLE_HEAD } from './word-class';
import { COMPANY_UNIT_ABBREVIATIONS, COMPANY_UNIT_WORDS } from '../lexicon';

const MAX_UNIT_TOKENS = 6;
/** A unit number between two words of the unit's name (" 3 ", " 12 "). */
const UNIT_NUMBER = /^ \d{1,3} $/;

/** Token j opens a company unit ending in a known place (only by the unit's abbreviation
 *  when `abbreviated`): the index of the token after the place, or j when there is none. */
export function companyUnitEnd(ctx: Ctx, j: number, abbreviated: boolean): number {
  const { p, ts, te, nt } = ctx;
  if (j >= nt) return j;
  const byAbbreviation = COMPANY_UNIT_ABBREVIATIONS.has(low(ctx, j));
  if (!byAbbreviation && !COMPANY_UNIT_WORDS.has(low(ctx, j))) return j;
  for (let k = j + 1; k < nt && k - j < MAX_UNIT_TOKENS; k++) {
    if (!adjacent(ctx, k - 1, k) && !UNIT_NUMBER.test(p.slice(te[k - 1], ts[k]))) return j;
    if (has(ctx, k, F_ORG_HEAD | F_TITLE_HEAD)) return j;
    const place = kbMatch(ctx, k);
    if (place) {
      if (place.entity.type !== 'GPE' || (abbreviated && !byAbbreviation && k < j + 2)) return j;
      return secondPlaceEnd(ctx, tokenAfter(ctx, k, place.end));
    }
  }
  return j;
}

function tokenAfter(ctx: Ctx, k: number, end: number): number {
  let e = k + 1;
  while (e < ctx.nt && ctx.ts[e] < end) e++;
  return e;
}

/** "… Jawa Tengah dan DIY": the token after a second known place joined by " dan " to the
 *  unit's place ending before token e, or e. */
function secondPlaceEnd(ctx: Ctx, e: number): number {
  if (e >= ctx.nt || ctx.ts[e] - ctx.te[e - 1] !== 5 || !ctx.p.startsWith(' dan ', ctx.te[e - 1])) return e;
  const second = kbMatch(ctx, e);
  return second && second.entity.type === 'GPE' ? tokenAfter(ctx, e, second.end) : e;
}
