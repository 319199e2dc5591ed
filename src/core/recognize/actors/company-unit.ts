// "PT PLN (Persero) Unit Induk Distribusi Bali", "PT Kereta Api Indonesia (Persero) Daerah
// Operasi 3 Cirebon": a state company's regional unit, written after its legal form, is
// part of the company's name (as a branch is: "… (Persero) Cabang Kayangan"); so is a unit
// by its abbreviation after a company the KB knows, with or without the legal form ("PT KAI
// Daop 8 Surabaya", "PLN UID Jawa Timur"). The unit's name runs over capitalised words and
// unit numbers and must end in a known place, so a sentence that only goes on after the
// company ("(Persero) Daerah lain …") is left alone. After a company the KB knows, without
// its legal form, a unit written in words needs two of them before its place ("PLN Unit
// Induk Distribusi Bali"), and a unit may serve two places joined by "dan" ("… Jawa Tengah
// dan DIY"). A numbered unit ("Divisi Regional IV Tanjungkarang", "Daop 3 Kertapati") ends
// in its seat even where the KB does not know it: the number closes the unit's own words, so
// the one capitalised word after it that ends the name is the seat (session 51, dev d414).
import { adjacent, has, kbMatch, low, word, type Ctx } from './ctx';
import { F_NEVER_ACTOR, F_ORG_HEAD, F_TITLE_HEAD } from './word-class';
import { COMPANY_UNIT_ABBREVIATIONS, COMPANY_UNIT_WORDS } from '../lexicon';
import { isRomanNumeral } from '../../text/roman-numerals';

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
    const numberBefore = UNIT_NUMBER.test(p.slice(te[k - 1], ts[k]));
    if (!adjacent(ctx, k - 1, k) && !numberBefore) return j;
    if (has(ctx, k, F_ORG_HEAD | F_TITLE_HEAD)) return j;
    const wordsBefore = abbreviated && !byAbbreviation && k < j + 2;
    const place = kbMatch(ctx, k);
    if (place) {
      if (place.entity.type !== 'GPE' || wordsBefore) return j;
      return secondPlaceEnd(ctx, tokenAfter(ctx, k, place.end));
    }
    // (a unit's number in Roman numerals: "Divisi Regional IV")
    if ((numberBefore || (k - 1 > j && isRomanNumeral(word(ctx, k - 1)))) && !wordsBefore && isLastWord(ctx, k)) return k + 1;
  }
  return j;
}

/** Token k ends the capitalised run and may be a place's name: the seat after a unit's
 *  number ("… IV Tanjungkarang, Bandar Lampung"; not "… IV Tanjungkarang Dewi Lestari", where
 *  a name runs on and the seat's end is not certain). */
function isLastWord(ctx: Ctx, k: number): boolean {
  return !has(ctx, k, F_NEVER_ACTOR) && !isRomanNumeral(word(ctx, k)) && (k + 1 >= ctx.nt || !adjacent(ctx, k, k + 1));
}

/** The unit's words as its company writes them in full: "Divre IV Tanjungkarang" ->
 *  "Divisi Regional IV Tanjungkarang"; other units as written. */
export function unitInFull(unit: string): string {
  const sp = unit.indexOf(' ');
  const full = sp > 0 ? COMPANY_UNIT_ABBREVIATIONS.get(unit.slice(0, sp).toLowerCase()) : undefined;
  return full === undefined ? unit : full + unit.slice(sp);
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
