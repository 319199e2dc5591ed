// "Lembaga Layanan Pendidikan Tinggi Wilayah XI", "Komando Daerah Militer XIV": a body's
// number is written in Roman numerals, and a numeral in capitals matches the all-caps form
// of a short alias ("XI" is the caps form of "Xi", Xi Jinping). After a word of a name the
// numeral is the body's number, not the person (issue 13, dev d327).
import { adjacent, type Ctx } from './ctx';
import type { KbMatch } from '../../kb/kb-index';

/** A Roman numeral from 1 to 39 ("I" … "XXXIX"): the numbers bodies and regions are given. */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/** The KB match `m` at token j is a Roman numeral written in capitals where the KB alias is
 *  not ("XI" for "Xi"), right after a capitalised word of the same name (token j - 1). */
export function romanNumeralInName(ctx: Ctx, j: number, m: KbMatch): boolean {
  if (m.kind !== 'caps' || m.end !== ctx.te[j] || j === 0 || !adjacent(ctx, j - 1, j)) return false;
  const w = ctx.p.slice(ctx.ts[j], ctx.te[j]);
  return w.length > 0 && ROMAN.test(w);
}
