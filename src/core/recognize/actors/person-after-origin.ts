// "pembalap asal Thailand Midori dari tim …", "pelatih asal Brasil Rodrigo mengatakan …": a
// role, "asal" and a place, then one capitalised word: the word is the person the role
// names, though one word alone is otherwise kept only when the article confirms it (issue
// 13's leftover "asal <place> followed by a one-word name"; many foreign athletes go by one
// name in Indonesian reports). Only a word that may be a name, followed the way a person's
// name is (a comma, "dari", "pada", a speech verb, the clause's end): "Pekerja asal Jawa
// Tengah Kini menganggur", "Investor asal Jepang Toyota menanam modal" name no person.
import { PERSON_NOUN_WORDS, SPEECH_VERB_WORDS, TITLE_HEAD_WORDS } from '../lexicon';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { wordAfter, wordBefore } from '../../text/chars';
import { has, kbMatch, type Ctx } from './ctx';
import { F_ACRONYM, F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_ORG_TAIL, F_SENTENCE_STARTER } from './word-class';

/** Words of a clause that go on after a person's name ("Chanon dari tim …", "Rodrigo pada
 *  menit ke-70"). */
const PERSON_FOLLOWERS = new LowerWordSet(['dari', 'pada']);
/** Classes of a word that is no one-word name. */
const NO_ONE_WORD_NAME = F_SENTENCE_STARTER | F_NEVER_ACTOR | F_ORG_HEAD | F_ORG_TAIL | F_NON_ACTOR_HEAD | F_ACRONYM;

/** The one word, token s, follows "<role> asal <place>", the place being the last mention
 *  found, one space before it, and the word reads as that role's name. */
export function personAfterOrigin(ctx: Ctx, s: number): boolean {
  const start = ctx.ts[s];
  const place = ctx.out[ctx.out.length - 1];
  if (!place || place.type !== 'GPE' || place.end !== start - 1 || ctx.p.charCodeAt(place.end) !== 32) return false;
  if (has(ctx, s, NO_ONE_WORD_NAME)) return false;
  const known = kbMatch(ctx, s);
  if (known && known.entity.type !== 'PER') return false;
  if (!followedLikeAPerson(ctx.p, ctx.te[s])) return false;
  const asal = wordBefore(ctx.p, place.start);
  if (!asal || asal.end !== place.start - 1 || !isLowerWordAt(ctx.p, asal.start, asal.end, 'asal')) return false;
  const role = wordBefore(ctx.p, asal.start);
  return role !== null && role.end === asal.start - 1 &&
    (TITLE_HEAD_WORDS.hasAt(ctx.p, role.start, role.end) || PERSON_NOUN_WORDS.hasAt(ctx.p, role.start, role.end));
}

/** After `end`: a comma, the clause's end, or one space and "dari", "pada" or a speech verb. */
function followedLikeAPerson(p: string, end: number): boolean {
  if (end >= p.length) return true;
  const c = p.charCodeAt(end);
  if (c === 44 || c === 46 || c === 59 || c === 58 || c === 41 || c === 10) return true; // , . ; : ) newline
  if (c !== 32) return false;
  const next = wordAfter(p, end);
  return next !== null && next.start === end + 1 &&
    (PERSON_FOLLOWERS.hasAt(p, next.start, next.end) || SPEECH_VERB_WORDS.hasAt(p, next.start, next.end));
}
