// "Kementerian Luar Negeri Rumania", "Kementerian Listrik Irak", "Majelis Nasional Kenya",
// "Mahkamah Konstitusi Zambia", "Dewan Konstitusi Kamerun": a foreign ministry, national
// assembly, court or council the KB does not know, written with its country after it, is
// named, as the spec asks of foreign institutions, by its English Wikipedia title, composed
// by foreign-titles.ts ("Ministry of Electricity (Iraq)", "Constitutional Court of Zambia").
// (The KB's own entries win: countries titled otherwise are in the KB and never reach this.)
import type { LocalMention } from '../mention';
import { kbMatch, type Ctx } from './ctx';
import { isForeignCountry } from '../../kb/country';
import { foreignBodyTitle, NATIONAL_BODY_HEADS } from '../foreign-titles';

/** Renames `org` (the mention of tokens [i, j)) when it is a generic body's head followed by
 *  a country the KB knows, other than Indonesia. */
export function nameForeignStateBody(ctx: Ctx, i: number, j: number, org: LocalMention): void {
  const first = ctx.p.charCodeAt(org.start);
  if (org.entityId !== undefined || j - i < 3 || (first !== 75 /* K */ && first !== 77 /* M */ && first !== 68 /* D */)) return;
  for (let k = j - 1; k > i + 1; k--) {
    const place = kbMatch(ctx, k);
    if (!place || place.end !== org.end) continue;
    if (!isForeignCountry(place.entity)) return;
    const title = foreignBodyTitle(ctx.p.slice(org.start, ctx.ts[k] - 1), place.entity.canonical);
    if (title !== undefined) org.canonical = title;
    return;
  }
}

/** "MK Zambia", "KPU Malaysia": a court or electoral body the KB knows as Indonesia's,
 *  written by its short name before another country the KB knows, is that country's body:
 *  the mention just emitted (ending before token j) takes the country in and its English
 *  title. Returns the token after the country, or j. */
export function foreignNationalBodyEnd(ctx: Ctx, j: number): number {
  const last = ctx.out[ctx.out.length - 1];
  if (!last || last.type !== 'ORG' || j >= ctx.nt || ctx.ts[j] !== last.end + 1 || ctx.p.charCodeAt(last.end) !== 32) return j;
  if (!NATIONAL_BODY_HEADS.has(last.canonical)) return j;
  const place = kbMatch(ctx, j);
  if (!place || !isForeignCountry(place.entity)) return j;
  const title = foreignBodyTitle(last.canonical, place.entity.canonical);
  if (title === undefined) return j;
  last.end = place.end;
  last.canonical = title;
  last.entityId = undefined;
  last.alias = undefined;
  let k = j + 1;
  while (k < ctx.nt && ctx.ts[k] < place.end) k++;
  return k;
}
