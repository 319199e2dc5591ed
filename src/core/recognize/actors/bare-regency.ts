// "Bupati Lembata Petrus Kanisius Tuaq", "Kepala BPBD Lembata": the gazetteer gives some
// regencies no bare alias, because the bare word is also an island ("Lembata", "Alor",
// "Sumbawa"), an ordinary word or a people (data/kb/generated, scripts/build-gazetteer.mjs),
// so alone it is no evidence of the regency. Right after a word that calls for a region
// (a regent's title, a regional body) it is the regency (issue 13, dev batch 8).
import type { KbMatch } from '../../kb/kb-index';
import { classProbs, nameScorer, PER, modelMargins } from '../name-model';
import type { KbEntity } from '../../kb/types';
import { ISLAND_DESIGNATIONS } from '../../kb/regions';
import { adjacent, has, word, type Ctx } from './ctx';
import { F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_SENTENCE_STARTER, F_TITLE_HEAD } from './word-class';

const NOT_A_REGION = F_NEVER_ACTOR | F_NON_ACTOR_HEAD | F_ORG_HEAD | F_SENTENCE_STARTER | F_TITLE_HEAD;

/** The regency whose KB name is "Kabupaten <word at k>" or, of two words, "Kabupaten <words
 *  at k, k + 1>" ("Batu Bara": coal), as a match of those words, or null. Only asked where a
 *  region is expected: after a cue for one (a regent's title, a regional body), or at the
 *  end of a body's name, where person-after-body.ts asks it only to keep the regency's two
 *  words together ("Inspektorat Daerah Batu Bara | Yusuf Harahap"), never to find one. */
export function bareRegencyAt(ctx: Ctx, k: number): KbMatch | null {
  return prefixedRegionAt(ctx, k, 'Kabupaten', NAMED_SO) ?? islandRegencyAt(ctx, k);
}

/** The regency named for its islands by the island word at k ("DPRD Selayar", "rute
 *  Selayar-Bulukumba", "MOROTAI, KOMPAS.com"): "Kabupaten Kepulauan Selayar", "Kabupaten
 *  Pulau Morotai". The gazetteer gives those regencies no alias of the island word alone,
 *  which is also the island and may be a kecamatan's or a person's name, so it is asked only
 *  where a region is expected, as bareRegencyAt is, and in a dateline; the sets name every
 *  such mention the regency (dev d294 Talaud, d407 Morotai, d427 Selayar, d432 Sangihe).
 *  A word in capitals is read in the usual case. */
/** The match `m` of bareRegencyAt is a regency read by its island word alone: its mention
 *  is the rules' reading, no KB alias (a headline repeats it only as a name the body found,
 *  headline-names.ts), so it is emitted as a pattern's with the regency's identity. */
export function namedByIslandWord(m: KbMatch): boolean {
  return ISLAND_DESIGNATIONS.some((d) => m.alias.startsWith(`Kabupaten ${d} `)) &&
    m.alias.length - m.alias.lastIndexOf(' ') - 1 === m.end - m.start;
}

export function islandRegencyAt(ctx: Ctx, k: number): KbMatch | null {
  if (k >= ctx.nt || has(ctx, k, NOT_A_REGION)) return null;
  const w = word(ctx, k);
  const usual = w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w;
  for (const designation of ISLAND_DESIGNATIONS) {
    const alias = `Kabupaten ${designation} ${usual}`;
    const entity = placeNamed(ctx, alias, NAMED_SO);
    if (entity) return { start: ctx.ts[k], end: ctx.te[k], entity, alias, kind: 'exact' };
  }
  return null;
}

/** The city the KB names "Kota <word at k>" (or of two words) and not by the bare word,
 *  which a regency shares ("Kota Tegal" and "Kabupaten Tegal"), as a match of those words,
 *  or null. Only asked after a mayor's title ("Wali Kota Tegal Dedy …"), where the city is
 *  meant: read as part of the name, the city glued itself to the mayor. */
export function bareCityAt(ctx: Ctx, k: number): KbMatch | null {
  if (k < ctx.nt && readsAsGivenName(word(ctx, k))) return null;
  return prefixedRegionAt(ctx, k, 'Kota', IS_CITY);
}

/** The KB place named "<prefix> <words at k, k + 1>" or "<prefix> <word at k>" (two words
 *  tried first) that `accepts`, as a match of those words (the alias: the prefixed name). */
function prefixedRegionAt(ctx: Ctx, k: number, prefix: string, accepts: (e: KbEntity, alias: string) => boolean): KbMatch | null {
  if (k >= ctx.nt || has(ctx, k, NOT_A_REGION)) return null;
  if (k + 1 < ctx.nt && adjacent(ctx, k, k + 1) && ctx.p.charCodeAt(ctx.te[k]) === 32) {
    const alias = `${prefix} ${word(ctx, k)} ${word(ctx, k + 1)}`;
    const two = placeNamed(ctx, alias, accepts);
    if (two) return { start: ctx.ts[k], end: ctx.te[k + 1], entity: two, alias, kind: 'exact' };
  }
  const alias = `${prefix} ${word(ctx, k)}`;
  const one = placeNamed(ctx, alias, accepts);
  return one ? { start: ctx.ts[k], end: ctx.te[k], entity: one, alias, kind: 'exact' } : null;
}

function placeNamed(ctx: Ctx, alias: string, accepts: (e: KbEntity, alias: string) => boolean): KbEntity | null {
  const entity = ctx.kb.lookup(alias);
  return entity && entity.type === 'GPE' && accepts(entity, alias) ? entity : null;
}

/** A regency is named by its prefixed name itself (canonical "Kabupaten X"). */
const NAMED_SO = (e: KbEntity, alias: string): boolean => e.canonical === alias;
const CITY = /^City\b/;
/** A city's canonical is its bare name: its description says what it is. */
const IS_CITY = (e: KbEntity): boolean => CITY.test(e.description.en);
const PROBS = classProbs();

function readsAsGivenName(w: string): boolean {
  return nameScorer().score([w], [], [], PROBS)[PER] >= modelMargins().regencyGivenName;
}

