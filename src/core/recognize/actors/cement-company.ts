// "Semen Padang", "Semen Tonasa", "Semen Gresik", "Semen Indonesia": Indonesia's cement
// companies are named "Semen" and the place of their first plant, and so are the football
// club one of them owns ("Semen Padang menang 2-0"): an organisation either way, never the
// city (misreads47: "Saham Semen Padang naik" gave only the city Padang). The common noun
// ("harga semen di Padang") is written in lower case.
import { kbMatch, wordIs, type Ctx } from './ctx';

/** Token k is "Semen" right before a place the KB knows (one space between them): the
 *  place's end, or -1. */
export function cementCompanyEnd(ctx: Ctx, k: number): number {
  // ("SEMEN PADANG KALAHKAN PERSIB": a headline in capitals writes it so)
  if (k + 1 >= ctx.nt || !(wordIs(ctx, k, 'Semen') || wordIs(ctx, k, 'SEMEN')) || ctx.ts[k + 1] !== ctx.te[k] + 1 || ctx.p.charCodeAt(ctx.te[k]) !== 32) return -1;
  const place = kbMatch(ctx, k + 1);
  return place !== null && place.entity.type === 'GPE' ? place.end : -1;
}

/** `name` is a cement company's as written ("Semen Gresik"), which keeps its place as it is
 *  (regional-names.ts gives no regency's official name to it). */
export function isCementCompanyName(name: string): boolean {
  return name.startsWith('Semen ') || name.startsWith('SEMEN ');
}
