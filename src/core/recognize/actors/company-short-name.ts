// "PT Pelayaran Nusantara Jaya (Persero) atau Pelnusa": a company introduced with its
// short name after "atau" ("or"), as an acronym in brackets would be; the short name is a
// mention of the company (and, through `expands`, names it everywhere in the article:
// without this the link pass may give "Pelnusa" to a longer name ending in it, "Serikat
// Pekerja Pelnusa").
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
      has(ctx, j, F_NEVER_ACTOR | F_SENTENCE_STARTER | F_ORG_HEAD | F_TITLE_HEAD) || kbMatch(ctx, j) ||
      !shortFormOf(p.slice(ctx.ts[j], ctx.te[j]), p.slice(last.start + 3, last.end))) return j;
  out.push({ start: ctx.ts[j], end: ctx.te[j], type: 'ORG', canonical: last.canonical, source: 'pattern', expands: out.length - 1 });
  return j + 1;
}

/** `short`'s letters appear in order in `name`, starting with its first letter ("Pelni" in
 *  "PELayaran Nasional Indonesia"): "PT Sinar Jaya atau Hartono", "PT Wijaya Karya atau Adhi"
 *  offer another owner or a competitor. */
function shortFormOf(short: string, name: string): boolean {
  const s = short.toLowerCase();
  const n = name.toLowerCase();
  if (s.length === 0 || n[0] !== s[0]) return false;
  let k = 1;
  for (let c = 1; c < n.length && k < s.length; c++) if (n[c] === s[k]) k++;
  return k === s.length;
}
