// "Grab Indonesia", "Shopee Malaysia", "Gojek Vietnam": a company's arm in one country is
// named by the brand and the country, one organisation. The same shape is also a common
// noun capitalised before a country ("Delegasi Rusia", "Junta Myanmar", "Komoditi
// Malaysia"), which is the country's actor, not a body named so. A brand is no word of the
// language, and the name model (name-model/, trained on Indonesian NER data) knows the
// language's common words: the brand is taken only when the model gives the word alone,
// in its sentence, a low chance of being a common word. A word any rule already classes
// (a title, a body's head, a generic or never-actor word) is left to that rule.
// Called by unknown-name for a run of one word (or a connective and one word) that a
// country ends, not from the table: most tokens are no such run, and a table call is not free.
import { isCountry } from '../../../kb/country';
import { adjacent, has, kbMatch, pushMention } from '../ctx';
import { classProbs, nameScorer, O, tokensAfter, tokensBefore, modelMargins } from '../../name-model';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_ACRONYM, F_GENERIC_SKIP, F_NEVER_ACTOR, F_SENTENCE_STARTER, G_MASK, G_NO_ALIAS, NOT_IN_A_PERSON_NAME } from '../word-class';

const PROBS = classProbs();

export const nationalArm: ActorRule = {
  name: 'national-arm',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    const { p, ts, te, nt } = ctx;
    if (i > 0 && adjacent(ctx, i - 1, i)) return NO_MATCH;
    // "Sementara Grab Indonesia": a capitalised connective before the brand is skipped.
    const b = has(ctx, i, F_SENTENCE_STARTER) && i + 1 < nt && adjacent(ctx, i, i + 1) ? i + 1 : i;
    const k = b + 1;
    if (k >= nt || !adjacent(ctx, b, k)) return NO_MATCH;
    if (has(ctx, b, NOT_IN_A_PERSON_NAME | F_ACRONYM | F_GENERIC_SKIP | F_NEVER_ACTOR | F_SENTENCE_STARTER) || (ctx.infos[b] & G_MASK) !== G_NO_ALIAS) return NO_MATCH;
    const country = kbMatch(ctx, k);
    if (!country || !isCountry(country.entity) || country.end !== te[k]) return NO_MATCH;
    if (k + 1 < nt && adjacent(ctx, k, k + 1)) return NO_MATCH;
    nameScorer().score([p.slice(ts[b], te[b])], tokensBefore(p, ts[b]), tokensAfter(p, te[b]), PROBS);
    if (PROBS[O] >= modelMargins().nationalArmCommonWord) return NO_MATCH;
    pushMention(ctx, ts[b], te[k], 'ORG', 'pattern');
    return k + 1;
  },
};
