// "Kementerian Luar Negeri Rumania", "Kementerian Pertahanan Thailand", "Majelis Nasional
// Kenya": a foreign ministry or national assembly
// the KB does not know is named, as the spec asks of foreign institutions, by its English
// Wikipedia title, which for most countries is "Ministry of Foreign Affairs (<country>)" /
// "Ministry of Defence (<country>)" (the KB's own entries for Russia, Ukraine, Iran, Qatar
// follow it; countries titled otherwise are in the KB and never reach this).
import type { LocalMention } from '../mention';
import { kbMatch, type Ctx } from './ctx';
import { COUNTRY } from './extents';

const MINISTRIES = new Map([
  ['Kementerian Luar Negeri', 'Ministry of Foreign Affairs'],
  ['Kementerian Pertahanan', 'Ministry of Defence'],
  ['Kementerian Pertahanan Nasional', 'Ministry of National Defence'],
  ['Kementerian Keuangan', 'Ministry of Finance'],
  ['Kementerian Kesehatan', 'Ministry of Health'],
  // "Majelis Nasional Kenya": a national assembly by the same pattern ("National Assembly (Kenya)").
  ['Majelis Nasional', 'National Assembly'],
]);

/** Renames `org` (the mention of tokens [i, j)) when it is a ministry title followed by a
 *  country the KB knows, other than Indonesia. */
export function nameForeignMinistry(ctx: Ctx, i: number, j: number, org: LocalMention): void {
  const first = ctx.p.charCodeAt(org.start);
  if (org.entityId !== undefined || j - i < 3 || (first !== 75 /* K */ && first !== 77 /* M */)) return;
  for (let k = j - 1; k > i + 1; k--) {
    const place = kbMatch(ctx, k);
    if (!place || place.end !== org.end) continue;
    const title = MINISTRIES.get(ctx.p.slice(org.start, ctx.ts[k] - 1));
    if (title && place.entity.type === 'GPE' && COUNTRY.test(place.entity.description.en) && place.entity.canonical !== 'Indonesia') {
      org.canonical = `${title} (${place.entity.canonical})`;
    }
    return;
  }
}
