// "Koperasi Simpan Pinjam Kuja Mulya Sejahtera (KSP Kuja Mulya)", "Perusahaan Umum Daerah
// Pasar Mubosu Raya (Perumda Pasar Mubosu)": a body's short form in brackets of three
// or four words, the kind's initials or short head and then words of the full name. It names
// the same body (the later bare "KSP Artha Mulya" takes the full name by the short forms'
// pass), where it was read as a body of its own, its initials matched in the KB ("KSP", the
// presidential staff office) and the rest as a person. Short forms of one and two words are
// read by extents.ts acronymAfter.
import { isUpper } from '../../text/chars';
import type { Ctx } from './ctx';

/** The most words of such a short form. */
const MAX_WORDS = 4;

/** The token after the short form in brackets that starts at token j, right after the body
 *  [fullStart, fullEnd), or -1 when there is none. */
export function shortFormInBracketsEnd(ctx: Ctx, j: number, fullStart: number, fullEnd: number): number {
  const { p, ts, te, nt } = ctx;
  if (p.charCodeAt(ts[j] - 1) !== 40 || ts[j] !== fullEnd + 2 || p.charCodeAt(fullEnd) !== 32 || !isUpper(p.charCodeAt(ts[j]))) return -1;
  let k = j;
  while (k + 1 < nt && k + 1 - j < MAX_WORDS && p.charCodeAt(te[k]) === 32 && ts[k + 1] === te[k] + 1) k++;
  if (k - j < 2 || p.charCodeAt(te[k]) !== 41) return -1;
  // (the words after the first are words of the full name, as written)
  const full = ` ${p.slice(fullStart, fullEnd)} `;
  for (let t = j + 1; t <= k; t++) if (!full.includes(` ${p.slice(ts[t], te[t])} `)) return -1;
  return k + 1;
}
