// "Bupati Lembata Petrus Kanisius Tuaq", "Kepala BPBD Lembata": the gazetteer gives some
// regencies no bare alias, because the bare word is also an island ("Lembata", "Alor",
// "Sumbawa"), an ordinary word or a people (data/kb/generated, scripts/build-gazetteer.mjs),
// so alone it is no evidence of the regency. Right after a word that calls for a region
// (a regent's title, a regional body) it is the regency (issue 13, dev batch 8).
import type { KbMatch } from '../../kb/kb-index';
import { has, word, type Ctx } from './ctx';
import { F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_SENTENCE_STARTER, F_TITLE_HEAD } from './word-class';

const NOT_A_REGION = F_NEVER_ACTOR | F_NON_ACTOR_HEAD | F_ORG_HEAD | F_SENTENCE_STARTER | F_TITLE_HEAD;

/** The regency whose KB name is "Kabupaten <word at k>", as a match of that one word, or
 *  null. Only asked after a cue for a region. */
export function bareRegencyAt(ctx: Ctx, k: number): KbMatch | null {
  if (k >= ctx.nt || has(ctx, k, NOT_A_REGION)) return null;
  const alias = `Kabupaten ${word(ctx, k)}`;
  const entity = ctx.kb.lookup(alias);
  if (!entity || entity.type !== 'GPE' || entity.canonical !== alias) return null;
  return { start: ctx.ts[k], end: ctx.te[k], entity, alias, kind: 'exact' };
}
