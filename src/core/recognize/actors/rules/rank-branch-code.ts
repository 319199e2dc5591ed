// "Kolonel Laut (P) Andi Wijaya", "Letkol Laut (KH) …", "Mayjen TNI (Purn) Budi Santoso":
// an officer's rank is followed by his service's code in brackets — the navy's corps (P
// pelaut, E elektronika, T teknik, K kesehatan, S suplai, KH hukum, M marinir …) or
// "Purn"/"Purn." for a retired officer. The code is part of the rank, never a name (it
// was read as a person "P") nor an organisation's acronym ("Purn" after "TNI").
import { isRank } from '../ranked-name';
import { has, low, type Ctx } from '../ctx';
import { ALWAYS, CUES_KEEP, NO_MATCH, type ActorRule } from '../rule';
import { F_TITLE_WORD } from '../word-class';

/** Service and corps codes written in brackets after a rank (lower case). */
const BRANCH_CODES = new Set(['p', 'e', 't', 'k', 's', 'm', 'kh', 'psk', 'purn']);
/** Words between the rank and the bracket: the service ("Laut", "Udara", "TNI", "Pol") or
 *  an army corps ("Inf", "Czi"); TITLE_WORDS holds them, and SERVICES the forces' names. */
const MAX_WORDS_BETWEEN = 2;
const SERVICES = new Set(['tni', 'polri']);

export const rankBranchCode: ActorRule = {
  name: 'rank-branch-code',
  cues: CUES_KEEP,
  gate: ALWAYS,
  apply(ctx, i) {
    return isRankBranchCode(ctx, i) ? i + 1 : NO_MATCH;
  },
};

/** Token i is a service's code in brackets after a rank ("(P)", "(Purn.)"); also asked by
 *  extents.ts acronymAfter, so that "TNI (Purn)" is not the army and its acronym. */
export function isRankBranchCode(ctx: Ctx, i: number): boolean {
  const { p, ts, te } = ctx;
  if (ts[i] === 0 || p.charCodeAt(ts[i] - 1) !== 40) return false;
  const close = p.charCodeAt(te[i]) === 46 ? te[i] + 1 : te[i];
  return p.charCodeAt(close) === 41 && BRANCH_CODES.has(low(ctx, i)) && afterRank(ctx, i);
}

/** A rank stands before the bracket at token i, directly or past its service's words. */
function afterRank(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_WORDS_BETWEEN; k--) {
    if (isRank(low(ctx, k))) return true;
    if (!has(ctx, k, F_TITLE_WORD) && !SERVICES.has(low(ctx, k))) return false;
  }
  return false;
}
