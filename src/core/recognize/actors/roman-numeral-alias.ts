// "Lembaga Layanan Pendidikan Tinggi Wilayah XI", "Komando Daerah Militer XIV": a body's
// number is written in Roman numerals, and a numeral in capitals matches the all-caps form
// of a short alias ("XI" is the caps form of "Xi", Xi Jinping). After a word of a name the
// numeral is the body's number, not the person (issue 13, dev d327); after a lower-case word
// ("siswi kelas XI", "semester VI") it is a grade or a rank, which news never writes for the
// name (a name in capitals stands in a line written in capitals).
import { adjacent, type Ctx } from './ctx';
import type { KbMatch } from '../../kb/kb-index';
import { isRomanNumeral } from '../../text/roman-numerals';

/** The KB match `m` at token j is a Roman numeral written in capitals where the KB alias is
 *  not ("XI" for "Xi"), right after a capitalised word of the same name (token j - 1). */
export function romanNumeralInName(ctx: Ctx, j: number, m: KbMatch): boolean {
  if (m.kind !== 'caps' || m.end !== ctx.te[j] || j === 0 || !adjacent(ctx, j - 1, j)) return false;
  return isRomanNumeral(ctx.p.slice(ctx.ts[j], ctx.te[j]));
}

/** The KB match `m` at token i is a Roman numeral written in capitals where the KB alias is
 *  not ("XI" for "Xi"), right after a lower-case word ("kelas XI"). */
export function romanNumeralAfterLowerWord(ctx: Ctx, i: number, m: KbMatch): boolean {
  if (m.kind !== 'caps' || m.end !== ctx.te[i] || !isRomanNumeral(ctx.p.slice(ctx.ts[i], ctx.te[i]))) return false;
  let k = ctx.ts[i] - 1;
  while (k >= 0 && ctx.p.charCodeAt(k) === 32) k--;
  if (k === ctx.ts[i] - 1) return false;
  const c = ctx.p.charCodeAt(k);
  return c >= 97 && c <= 122;
}
