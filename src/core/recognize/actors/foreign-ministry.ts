// "Kementerian Luar Negeri Rumania", "Kementerian Pertahanan Thailand", "Majelis Nasional
// Kenya", "Mahkamah Konstitusi Zambia": a foreign ministry, national assembly, court or
// electoral commission
// the KB does not know is named, as the spec asks of foreign institutions, by its English
// Wikipedia title, which for most countries is "Ministry of Foreign Affairs (<country>)" /
// "Ministry of Defence (<country>)" (the KB's own entries for Russia, Ukraine, Iran, Qatar
// follow it; countries titled otherwise are in the KB and never reach this).
import type { LocalMention } from '../mention';
import { kbMatch, type Ctx } from './ctx';
import { isForeignCountry } from '../../kb/country';

const MINISTRIES = new Map([
  ['Kementerian Luar Negeri', 'Ministry of Foreign Affairs'],
  ['Kementerian Pertahanan', 'Ministry of Defence'],
  ['Kementerian Pertahanan Nasional', 'Ministry of National Defence'],
  ['Kementerian Keuangan', 'Ministry of Finance'],
  ['Kementerian Kesehatan', 'Ministry of Health'],
  // "Majelis Nasional Kenya": a national assembly by the same pattern ("National Assembly (Kenya)").
  ['Majelis Nasional', 'National Assembly'],
]);
/** Courts and electoral bodies, whose titles take the country after "of" ("Constitutional
 *  Court of Zambia", "Electoral Commission of Zambia"). */
const NATIONAL_BODIES = new Map([
  ['Mahkamah Konstitusi', 'Constitutional Court of'],
  ['Mahkamah Agung', 'Supreme Court of'],
  ['Komisi Pemilihan Umum', 'Electoral Commission of'],
]);

/** Renames `org` (the mention of tokens [i, j)) when it is a ministry title followed by a
 *  country the KB knows, other than Indonesia. */
export function nameForeignMinistry(ctx: Ctx, i: number, j: number, org: LocalMention): void {
  const first = ctx.p.charCodeAt(org.start);
  if (org.entityId !== undefined || j - i < 3 || (first !== 75 /* K */ && first !== 77 /* M */)) return;
  for (let k = j - 1; k > i + 1; k--) {
    const place = kbMatch(ctx, k);
    if (!place || place.end !== org.end) continue;
    const head = ctx.p.slice(org.start, ctx.ts[k] - 1);
    const title = MINISTRIES.get(head);
    const body = title === undefined ? NATIONAL_BODIES.get(head) : undefined;
    if ((title || body) && isForeignCountry(place.entity)) {
      org.canonical = title ? `${title} (${place.entity.canonical})` : `${body} ${withArticle(place.entity.canonical)}`;
    }
    return;
  }
}

/** Countries whose English name takes "the" after "of" ("Supreme Court of the Philippines"). */
const WITH_THE = new Set(['Philippines', 'Netherlands', 'United States', 'United Kingdom', 'United Arab Emirates', 'Maldives',
  'Solomon Islands', 'Marshall Islands', 'Bahamas', 'Gambia', 'Czech Republic', 'Central African Republic', 'Comoros',
  'Dominican Republic']);

function withArticle(country: string): string {
  return WITH_THE.has(country) ? `the ${country}` : country;
}

/** "MK Zambia", "KPU Malaysia": a court or electoral body the KB knows as Indonesia's,
 *  written by its short name before another country the KB knows, is that country's body:
 *  the mention just emitted (ending before token j) takes the country in and its English
 *  title. Returns the token after the country, or j. */
export function foreignNationalBodyEnd(ctx: Ctx, j: number): number {
  const last = ctx.out[ctx.out.length - 1];
  if (!last || last.type !== 'ORG' || j >= ctx.nt || ctx.ts[j] !== last.end + 1 || ctx.p.charCodeAt(last.end) !== 32) return j;
  const body = NATIONAL_BODIES.get(last.canonical);
  if (body === undefined) return j;
  const place = kbMatch(ctx, j);
  if (!place || !isForeignCountry(place.entity)) return j;
  last.end = place.end;
  last.canonical = `${body} ${withArticle(place.entity.canonical)}`;
  last.entityId = undefined;
  last.alias = undefined;
  let k = j + 1;
  while (k < ctx.nt && ctx.ts[k] < place.end) k++;
  return k;
}
