// "Sekretaris Perusahaan Benang Mas, Yohana Wunelu": "Sekretaris Perusahaan" is a listed
// company's corporate secretary, one title; "Perusahaan" is its word, not the head of an
// organisation's name ("Perusahaan Benang Mas" was read as a body of its own, dev d367, d302).
// The company named after the title is read on its own. Not where "Perusahaan" opens the
// company's own name: a regional or public company's legal form ("Sekretaris Perusahaan Daerah
// Pasar Jaya", "… Perusahaan Umum Daerah Air Minum …") or a name the KB knows ("Perusahaan
// Listrik Negara").
import { adjacent, kbMatch, lowIs, wordIs, type Ctx } from './ctx';

/** Words after "Perusahaan" that make it a company's legal form (Perusahaan Daerah, Perusahaan
 *  Umum, Perusahaan Perseroan) or a water company's legal name ("Perusahaan Air Minum Tirta
 *  Kahuripan", review49). */
const LEGAL_FORM_WORDS = new Set(['daerah', 'umum', 'perseroan', 'air']);

/** Token i is "Perusahaan" of the title "Sekretaris Perusahaan" (both capitalised). */
export function corporateSecretaryWord(ctx: Ctx, i: number): boolean {
  if (i === 0 || !lowIs(ctx, i, 'perusahaan') || !wordIs(ctx, i - 1, 'Sekretaris') || !adjacent(ctx, i - 1, i)) return false;
  if (kbMatch(ctx, i) !== null) return false;
  return !(i + 1 < ctx.nt && adjacent(ctx, i, i + 1) && LEGAL_FORM_WORDS.has(ctx.p.slice(ctx.ts[i + 1], ctx.te[i + 1]).toLowerCase()));
}
