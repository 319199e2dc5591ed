// "rute Kupang-Waingapu-Tambolaka", "jalan Kepahiang–Curup", "rute Sentani–Wamena": places
// joined by a hyphen or a dash with no space name a route, so a word the KB does not know
// joined so to a place is a member of the route, and so is the first place of a route after
// its word (issue 13: such words were read as people). The unknown-name rule makes a member
// a bare regency ("Kupang-Alor") or no actor (a harbour or a kecamatan: the seats are KB
// places since idn-seats.json). A hyphen between a person's names ("Malik
// Johnson-Ardiansyah") joins no place: one side must be a place already.
import { isLowerWordAt } from '../../text/lower-word-set';
import { isRangeDash, wordBefore } from '../../text/chars';
import { isCountry } from '../../kb/country';
import type { KbEntity } from '../../kb/types';
import { kbMatch, type Ctx } from './ctx';

/** The one-word unknown run at token s is a member of a route: right after a place and a
 *  dash, right before a dash and a place the KB knows, or first after a route's word. */
export function routeMember(ctx: Ctx, s: number): boolean {
  const { p, ts, te } = ctx;
  const start = ts[s];
  const end = te[s];
  const dashBefore = isRangeDash(p.charCodeAt(start - 1));
  const dashAfter = isRangeDash(p.charCodeAt(end)) && s + 1 < ctx.nt && ts[s + 1] === end + 1;
  if (!dashBefore && !dashAfter) return false;
  if (dashBefore) {
    const prev = ctx.out[ctx.out.length - 1];
    if (prev !== undefined && prev.type === 'GPE' && prev.end === start - 1) return true;
  }
  if (!dashAfter) return false;
  const next = kbMatch(ctx, s + 1);
  if (next !== null && next.entity.type === 'GPE') return true;
  const before = wordBefore(p, start);
  return !dashBefore && before !== null && before.end === start - 1 && ROUTE_WORDS.some((w) => isLowerWordAt(p, before.start, before.end, w));
}

/** The route member at token s is joined by its dash to a place outside Indonesia ("rute
 *  Perth-Kalbarri"): a town there the KB does not know is a foreign town, not a harbour or a
 *  kecamatan. (A KB place's description names its country: "City in Bali, Indonesia".) Not a
 *  country: "Jawa-Belanda" names people, no route. */
export function routeJoinsForeignPlace(ctx: Ctx, s: number): boolean {
  const { p, ts, te } = ctx;
  if (isRangeDash(p.charCodeAt(ts[s] - 1))) {
    const prev = ctx.out[ctx.out.length - 1];
    if (prev !== undefined && prev.type === 'GPE' && prev.end === ts[s] - 1) return foreignPlace(prev.entityId === undefined ? undefined : ctx.kb.byId.get(prev.entityId));
  }
  if (!isRangeDash(p.charCodeAt(te[s])) || s + 1 >= ctx.nt || ts[s + 1] !== te[s] + 1) return false;
  const next = kbMatch(ctx, s + 1);
  return next !== null && next.entity.type === 'GPE' && foreignPlace(next.entity);
}

function foreignPlace(e: KbEntity | undefined): boolean {
  return e !== undefined && !isCountry(e) && !e.description.en.includes('Indonesia');
}

/** Words a route's places follow ("rute Sentani–Wamena", "jalur Kepahiang–Curup"). */
const ROUTE_WORDS = ['rute', 'trayek', 'jalur', 'jalan', 'ruas'];
