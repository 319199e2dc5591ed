// "Polres Toraja Utara", "Polda NTB", "Kejari Bima", "Lanal Kupang": regional offices of the
// police, the prosecution and the navy and air force, written by their short head before the
// region they serve, are named by their full title and the region ("Kepolisian Resor Toraja
// Utara", "Kepolisian Daerah Nusa Tenggara Barat"): in the body text (rules/organisation-head.ts)
// and in a headline (rules/headline-regional-body.ts).
import { kbMatch, type Ctx } from './ctx';
import { LEADING_REGION_PREFIX } from '../regional-names';

/** Regional offices written with their short head, and the full title they are named by. */
export const REGIONAL_OFFICES: ReadonlyMap<string, string> = new Map([
  ['polres', 'Kepolisian Resor'], ['polresta', 'Kepolisian Resor Kota'], ['polrestabes', 'Kepolisian Resor Kota Besar'],
  ['polda', 'Kepolisian Daerah'], ['polsek', 'Kepolisian Sektor'], ['kejari', 'Kejaksaan Negeri'], ['kejati', 'Kejaksaan Tinggi'],
  ['lanal', 'Pangkalan TNI Angkatan Laut'], ['lanud', 'Pangkalan TNI Angkatan Udara'], ['lantamal', 'Pangkalan Utama TNI Angkatan Laut'],
  // "di Mapolres Lombok Tengah", "ke Mapolda Sumut": the police office's headquarters (markas),
  // written as one word, stands for the office, as police news names it (dev d162, d175).
  ['mapolres', 'Kepolisian Resor'], ['mapolresta', 'Kepolisian Resor Kota'], ['mapolrestabes', 'Kepolisian Resor Kota Besar'],
  ['mapolda', 'Kepolisian Daerah'], ['mapolsek', 'Kepolisian Sektor'],
]);

/** The region named by tokens [k, j) after a regional office's head: "Polda NTB" is the
 *  region by its KB name without its prefix ("Nusa Tenggara Barat"), else as written. */
export function regionFrom(ctx: Ctx, k: number, j: number): string {
  const place = kbMatch(ctx, k);
  return place && place.entity.type === 'GPE' && place.end === ctx.te[j - 1]
    ? place.entity.canonical.replace(LEADING_REGION_PREFIX, '') : ctx.p.slice(ctx.ts[k], ctx.te[j - 1]);
}
