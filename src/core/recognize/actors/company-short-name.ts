// "PT Pelayaran Nasional Indonesia (Persero) atau Pelni": a company introduced with its
// short name after "atau" ("or"), as an acronym in brackets would be; the short name is a
// mention of the company (and, through `expands`, names it everywhere in the article:
// without this the link pass may give "Pelni" to a longer name ending in it, "Serikat
// Pekerja Pelni").
import { adjacent, has, kbMatch, type Ctx } from './ctx';
import { F_NEVER_ACTOR, F_ORG_HEAD, F_SENTENCE_STARTER, F_TITLE_HEAD } from './word-class';

const OR = ' atau ';

/** After the mention just emitted, ending before token j: the one-word short name of a
 *  company ("PT …") after " atau ". Returns the index of the next token. */
export function companyShortName(ctx: Ctx, j: number): number {
  const { p, out } = ctx;
  const last = out[out.length - 1];
  if (j >= ctx.nt || last.type !== 'ORG' || ctx.ts[j] !== last.end + OR.length || !p.startsWith(OR, last.end) ||
      !p.startsWith('PT ', last.start) || (j + 1 < ctx.nt && adjacent(ctx, j, j + 1)) ||
      has(ctx, j, F_NEVER_ACTOR | F_SENTENCE_STARTER | F_ORG_HEAD | F_TITLE_HEAD) || kbMatch(ctx, j)) return j;
  out.push({ start: ctx.ts[j], end: ctx.te[j], type: 'ORG', canonical: last.canonical, source: 'pattern', expands: out.length - 1 });
  return j + 1;
}
