// "Kementerian Investasi dan Hilirisasi/BKPM", "Kementerian PPN/Bappenas": a body written
// with another of its names after a slash is one mention (the spec's maximal name), not
// two mentions of the same body.
import { kbMatch, type Ctx } from './ctx';

const SLASH = 47;

/** The KB body last emitted, ending right before token j, is followed by "/" and another
 *  alias of the same body: the mention takes it in; returns the next token (j when not). */
export function slashAliasEnd(ctx: Ctx, j: number): number {
  const last = ctx.out[ctx.out.length - 1];
  if (!last || last.entityId === undefined || j >= ctx.nt || ctx.p.charCodeAt(last.end) !== SLASH || ctx.ts[j] !== last.end + 1) return j;
  const m = kbMatch(ctx, j);
  if (!m || m.entity.id !== last.entityId) return j;
  last.end = m.end;
  last.alias = undefined;
  let k = j + 1;
  while (k < ctx.nt && ctx.ts[k] < m.end) k++;
  return k;
}
