// A regency's seat is a weak KB name (review52b): many seats are given names too ("Soe",
// "Praya", "Koba"), and the gazetteer knows nothing of the person. Two readings of the
// context give the person back the name; the unknown-name rule then reads it.
//  - "Menurut Soe Hok Gie": two capitalised words the KB does not know, and of no class that
//    ends a name, follow in the same run: a name continues, and no town is named so.
//  - "Praya mengatakan …" opening a sentence: a town says nothing (a city that speaks for its
//    government is a KB city, not a seat; "Warga Praya mengatakan" is not sentence-initial).
import { IDN_SEATS } from '../../kb/builtin';
import { isSeat } from '../../kb/seats';
import type { KbMatch } from '../../kb/kb-index';
import { SPEECH_VERB_WORDS, VERB_ADVERB_WORDS } from '../lexicon';
import { adjacent, has, isSentenceInitial, kbMatch, type Ctx } from './ctx';
import { F_ACRONYM, F_DIRECTION, F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_PLACE_PREFIX, F_SENTENCE_STARTER, F_TITLE_HEAD } from './word-class';

/** Classes of a capitalised word after a seat that do not continue a person's name. */
const ENDS_A_NAME = F_ACRONYM | F_NEVER_ACTOR | F_NON_ACTOR_HEAD | F_ORG_HEAD | F_TITLE_HEAD | F_SENTENCE_STARTER | F_PLACE_PREFIX | F_DIRECTION;

/** The KB match `m` at token i, `next` the first token after it, is a seat the context reads
 *  as a person's name. */
export function seatReadAsName(ctx: Ctx, i: number, next: number, m: KbMatch): boolean {
  if (ctx.mode !== 'normal' || m.entity.type !== 'GPE' || !isSeat(m.entity, IDN_SEATS)) return false;
  if (continuesName(ctx, next) && continuesName(ctx, next + 1)) return true;
  return isSentenceInitial(ctx.p, ctx.ts[i]) && speechVerbAfter(ctx.p, m.end);
}

/** Token k is a capitalised word one space after the token before it, of no class that ends
 *  a name and no KB name. (Two such words are asked for: "Soe Hok Gie"; a seat before one
 *  unknown word is as often a place before a word of a place's name.) */
function continuesName(ctx: Ctx, k: number): boolean {
  return k < ctx.nt && adjacent(ctx, k - 1, k) && ctx.p.charCodeAt(ctx.te[k - 1]) === 32 && !has(ctx, k, ENDS_A_NAME) && !kbMatch(ctx, k);
}

/** A speech verb follows `end` after one space, past adverbs ("Koba juga menegaskan"). */
function speechVerbAfter(p: string, end: number): boolean {
  let k = end;
  for (let words = 0; words < 3 && p.charCodeAt(k) === 32; words++) {
    let e = k + 1;
    while (e < p.length && /\p{Ll}/u.test(p[e])) e++;
    if (e === k + 1) return false;
    if (SPEECH_VERB_WORDS.hasAt(p, k + 1, e)) return true;
    if (!VERB_ADVERB_WORDS.hasAt(p, k + 1, e)) return false;
    k = e;
  }
  return false;
}
