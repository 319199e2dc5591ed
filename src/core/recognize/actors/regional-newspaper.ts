// "seperti dilaporkan Radar Depok", "BOGOR, RADARBOGOR.ID -": the Jawa Pos group's regional
// papers are named "Radar" and their town (Radar Bogor, Radar Tegal, Radar Jember …). The KB
// knows a few; for the others the town was read as a place and "Radar" dropped (issue 13's
// leftover "Radar <city> read as a place"). "Radar" right before a place the KB knows is the
// paper, named "Radar" and the town as written; so is a domain "radar<town>.<tld>".
import type { KbIndex } from '../../kb/kb-index';
import type { LocalMention } from '../mention';
import { adjacent, kbMatch, pushMention, wordIs, type Ctx } from './ctx';
import { OUTLET_TOP_LEVEL } from './domains';

/** The token after the paper's name when token i is "Radar" (or "RADAR") before a place
 *  the KB knows; the mention is pushed. -1 otherwise. */
export function regionalNewspaper(ctx: Ctx, i: number): number {
  if (!(wordIs(ctx, i, 'Radar') || wordIs(ctx, i, 'RADAR')) || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1)) return -1;
  const place = kbMatch(ctx, i + 1);
  if (!place || place.entity.type !== 'GPE' || place.start !== ctx.ts[i + 1]) return -1;
  let k = i + 2;
  while (k < ctx.nt && ctx.ts[k] < place.end) k++;
  pushMention(ctx, ctx.ts[i], place.end, 'ORG', 'pattern');
  const last = ctx.out[ctx.out.length - 1];
  if (last && last.start === ctx.ts[i]) last.canonical = `Radar ${asName(ctx.p.slice(ctx.ts[i + 1], place.end))}`;
  return k;
}

const RADAR_DOMAIN = new RegExp(`^radar(\\p{L}{3,})\\.(?:${OUTLET_TOP_LEVEL})$`, 'iu');

/** Names the mention last pushed, when it is a domain "radar<town>.<tld>" of a town the KB
 *  knows ("RADARBOGOR.ID" → Radar Bogor). */
export function nameRadarDomain(out: LocalMention[], start: number, kb: KbIndex): void {
  const last = out[out.length - 1];
  if (!last || last.start !== start || last.entityId !== undefined) return;
  const m = RADAR_DOMAIN.exec(last.canonical);
  if (!m) return;
  const town = asName(m[1].toLowerCase());
  const place = kb.lookup(town);
  if (place && place.type === 'GPE') last.canonical = `Radar ${town}`;
}

/** A word or words as a name: capitals lowered after each word's first letter. */
function asName(s: string): string {
  return s === s.toUpperCase() || s === s.toLowerCase() ? s.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : s;
}
