// "Wartawan Antara mewawancarai Menteri …", "jurnalis Antara Rina Sari": the word after a
// journalist's is the outlet they write for when the KB knows it as an organisation in
// capitals ("ANTARA": the agency's name is also the preposition "antara", so the KB lists it
// only so), never the journalist's name (it was a person, and took the interview's questions).
import { LowerWordSet } from '../../text/lower-word-set';
import { JOURNALIST_TITLES } from '../lexicon';
import type { Ctx } from './ctx';

const JOURNALISTS = new LowerWordSet(JOURNALIST_TITLES);

/** Token s follows a journalist's word and is an outlet the KB knows (as written or in
 *  capitals): its mention is pushed and true returned. */
export function journalistOutletAt(ctx: Ctx, s: number, beforeStart: number, beforeEnd: number): boolean {
  const { p } = ctx;
  if (!JOURNALISTS.hasAt(p, beforeStart, beforeEnd)) return false;
  const surface = p.slice(ctx.ts[s], ctx.te[s]);
  const outlet = ctx.kb.lookup(surface) ?? ctx.kb.lookup(surface.toUpperCase());
  if (!outlet || outlet.type !== 'ORG') return false;
  ctx.out.push({ start: ctx.ts[s], end: ctx.te[s], type: 'ORG', canonical: outlet.canonical, entityId: outlet.id, alias: surface, source: 'kb' });
  return true;
}
