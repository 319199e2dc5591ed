// "Suharto AD Ginting", "Hasan AS Siregar": Indonesian names often carry a father's or a second
// name as two or three capitals between the given name and the surname. Read word by word, the
// capitals became a body ("AD") or a country ("AS" is the United States) and a given name that is
// also a known person's alias became that person ("Suharto" → Soeharto, dev d376). A given name,
// the capitals and a surname, all written as a person's and none a body, a title or a place, are
// one person's name.
import { classProbs, nameScorer, PER, modelMargins } from '../../name-model';
import { givenNameShape } from '../given-name-alias';
import { adjacent, has, kbMatch, pushMention, type Ctx } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { schoolStartsAt } from './school-name';
import { F_ACRONYM, F_DERIVED_NOUN, F_ENGLISH_NOUN, F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_PLACE_PREFIX, F_SENTENCE_STARTER, F_TITLE_HEAD, F_TITLE_WORD } from '../word-class';

const NOT_A_NAME_WORD = F_ACRONYM | F_DERIVED_NOUN | F_ENGLISH_NOUN | F_NEVER_ACTOR | F_NON_ACTOR_HEAD | F_ORG_HEAD | F_PLACE_PREFIX |
  F_SENTENCE_STARTER | F_TITLE_HEAD | F_TITLE_WORD;
const PROBS = classProbs();

/** Token k is written as a name's word and is no body's, title's or place's word; a word the KB
 *  knows only as a person's (a given name that is a known person's alias). */
function nameWord(ctx: Ctx, k: number): boolean {
  if (!givenNameShape(ctx.p, ctx.ts[k], ctx.te[k]) || has(ctx, k, NOT_A_NAME_WORD)) return false;
  const m = kbMatch(ctx, k);
  return m === null || (m.entity.type === 'PER' && m.end === ctx.te[k]);
}

/** Token k is two or three capitals (A-Z only). */
function capitals(ctx: Ctx, k: number): boolean {
  const { p, ts, te } = ctx;
  if (te[k] - ts[k] < 2 || te[k] - ts[k] > 3) return false;
  for (let c = ts[k]; c < te[k]; c++) {
    const d = p.charCodeAt(c);
    if (d < 65 || d > 90) return false;
  }
  return true;
}

export const initialsInsideName: ActorRule = {
  name: 'initials-inside-name',
  cues: CUES_CLEAR,
  gate: -1,
  apply(ctx, i) {
    // ("Menurut Hasan AS Siregar": a word that opens sentences before the given name is skipped)
    const g = i + 3 < ctx.nt && has(ctx, i, F_SENTENCE_STARTER) && adjacent(ctx, i, i + 1) && capitals(ctx, i + 2) ? i + 1 : i;
    if (g + 2 >= ctx.nt || !adjacent(ctx, g, g + 1) || !adjacent(ctx, g + 1, g + 2) || !capitals(ctx, g + 1)) return NO_MATCH;
    // ("Presiden AS Donald Trump": a title's, body's or place's word before the capitals is none
    // of a name's)
    if (!nameWord(ctx, g) || !nameWord(ctx, g + 2) || kbMatch(ctx, g + 2)?.entity.type === 'PER') return NO_MATCH;
    // ("Murid SDN Sukamaju 2 belajar …": capitals that open a school's name are its level, no
    // initials; the school starts there, actors52)
    if (schoolStartsAt(ctx, g + 1)) return NO_MATCH;
    // (and no further capitalised word glued after the surname: a longer run is read as usual)
    if (g + 3 < ctx.nt && adjacent(ctx, g + 2, g + 3)) return NO_MATCH;
    const words = [ctx.p.slice(ctx.ts[g], ctx.te[g]), ctx.p.slice(ctx.ts[g + 2], ctx.te[g + 2])];
    if (nameScorer().score(words, [], [], PROBS)[PER] < modelMargins().initialsPerson) return NO_MATCH;
    pushMention(ctx, ctx.ts[g], ctx.te[g + 2], 'PER', 'pattern');
    return g + 3;
  },
};
