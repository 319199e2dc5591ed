// "rute Kupang-Waingapu-Tambolaka", "jalan Kepahiang–Curup", "rute Sentani–Wamena": places
// joined by a hyphen or a dash with no space name a route, so a word the KB does not know
// joined so to a place is a place too, and so is the first place of a route after its word
// (issue 13: towns the KB lacks were lost or read as people). A hyphen between a person's
// names ("Malik Johnson-Ardiansyah") joins no place: one side must be a place already.
import { isLowerWordAt } from '../../text/lower-word-set';
import { isRangeDash, wordBefore } from '../../text/chars';
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

/** Words a route's places follow ("rute Sentani–Wamena", "jalur Kepahiang–Curup"). */
const ROUTE_WORDS = ['rute', 'trayek', 'jalur', 'jalan', 'ruas'];
