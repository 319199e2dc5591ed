// "Kesultanan Kutai Kartanegara Ing Martadipura", "Kasunanan Surakarta Hadiningrat": a
// traditional kingdom is named after its seat and goes on past it with a Javanese epithet,
// "Ing" ("in", "at") and a place of old, or "Hadiningrat" ("fair realm"). The seat is a
// region the KB knows (orgExtent closes a body's name after one); the epithet is no person
// (dev d359: "Ing Martadipura" read as a man and given the prince's quotes).
import { adjacent, lowIs, type Ctx } from './ctx';

const KINGDOM_HEADS = new Set(['kesultanan', 'kasultanan', 'kasunanan', 'kerajaan', 'kedatuan', 'keraton', 'kadipaten', 'pakualaman']);

/** Where the kingdom's name opened by token `head` ends when its epithet follows the seat
 *  ending before token k: after "Ing" and the capitalised word after it, or after
 *  "Hadiningrat"; else k. */
export function kingdomEpithetEnd(ctx: Ctx, head: number, k: number): number {
  if (k >= ctx.nt || !adjacent(ctx, k - 1, k) || !KINGDOM_HEADS.has(ctx.p.slice(ctx.ts[head], ctx.te[head]).toLowerCase())) return k;
  if (lowIs(ctx, k, 'hadiningrat')) return k + 1;
  if (ctx.p.startsWith('Ing', ctx.ts[k]) && ctx.te[k] - ctx.ts[k] === 3 && k + 1 < ctx.nt && adjacent(ctx, k, k + 1)) {
    return lowIs(ctx, k + 2, 'hadiningrat') && adjacent(ctx, k + 1, k + 2) ? k + 3 : k + 2;
  }
  return k;
}
