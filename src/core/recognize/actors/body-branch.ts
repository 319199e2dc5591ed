// "Ombudsman RI Perwakilan Sumatera Utara", "BPJS Kesehatan Cabang Waingapu", "Perum Bulog
// Kantor Wilayah Jawa Barat", "Ikatan Dokter Indonesia Cabang Balikpapan": a branch of a body,
// named by the body, the branch word (lexicon COMPANY_BRANCH_WORDS) and its place (by the
// KB's name if known), is one organisation. Asked right after a body's mention, whether the
// KB knew the body (kb-name.ts) or its head made it one (organisation-head.ts, dev d301).
import { COMPANY_BRANCH_WORDS } from '../lexicon';
import { branchTownEnd } from './branch-town';
import { adjacent, has, kbMatch, low, wordIs, type Ctx } from './ctx';
import { unknownExtent } from './extents';
import { F_ACRONYM, F_NEVER_ACTOR, F_ORG_HEAD, F_SENTENCE_STARTER, F_TITLE_HEAD } from './word-class';

const NOT_A_BRANCH_PLACE = F_ACRONYM | F_NEVER_ACTOR | F_ORG_HEAD | F_TITLE_HEAD | F_SENTENCE_STARTER;

/** Extends the organisation last emitted (ending at token j - 1) over a branch word and its
 *  place at token j; returns the token after the branch, j when no branch word follows, -1
 *  when one does with no place after it (the body ends there: no region follows it either). */
export function bodyBranchEnd(ctx: Ctx, j: number): number {
  const { ts, te, nt } = ctx;
  const last = ctx.out[ctx.out.length - 1];
  if (!last || last.type !== 'ORG' || j >= nt || te[j - 1] !== last.end || !adjacent(ctx, j - 1, j)) return j;
  const w = wordIs(ctx, j, 'Kantor') && j + 2 < nt && adjacent(ctx, j, j + 1) && wordIs(ctx, j + 1, 'Wilayah') ? j + 1 : j;
  if (!COMPANY_BRANCH_WORDS.has(low(ctx, w)) || !(w + 1 < nt && adjacent(ctx, w, w + 1))) return j;
  const place = kbMatch(ctx, w + 1);
  if (place ? place.entity.type !== 'GPE' : has(ctx, w + 1, NOT_A_BRANCH_PLACE)) return -1;
  let k = place ? w + 2 : branchTownEnd(w + 1, unknownExtent(ctx, w + 1));
  if (place) while (k < nt && ts[k] < place.end) k++;
  const end = te[k - 1];
  last.canonical = `${last.canonical} ${ctx.p.slice(ts[j], te[w])} ${place ? place.entity.canonical : ctx.p.slice(ts[w + 1], end)}`;
  last.end = end;
  last.alias = undefined;
  last.entityId = undefined;
  last.source = 'pattern';
  return k;
}
