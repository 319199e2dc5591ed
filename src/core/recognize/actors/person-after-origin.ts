// "pembalap asal Thailand Chanon dari tim …", "pelatih asal Brasil Rodrigo mengatakan …": a
// role, "asal" and a place, then one capitalised word: the word is the person the role
// names, though one word alone is otherwise kept only when the article confirms it (issue
// 13's leftover "asal <place> followed by a one-word name"; many foreign athletes go by one
// name in Indonesian reports).
import { PERSON_NOUN_WORDS, TITLE_HEAD_WORDS } from '../lexicon';
import { isLowerWordAt } from '../../text/lower-word-set';
import { wordBefore } from '../../text/chars';
import type { Ctx } from './ctx';

/** The word starting at `start` follows "<role> asal <place>", the place being the last
 *  mention found, one space before it. */
export function personAfterOrigin(ctx: Ctx, start: number): boolean {
  const place = ctx.out[ctx.out.length - 1];
  if (!place || place.type !== 'GPE' || place.end !== start - 1 || ctx.p.charCodeAt(place.end) !== 32) return false;
  const asal = wordBefore(ctx.p, place.start);
  if (!asal || asal.end !== place.start - 1 || !isLowerWordAt(ctx.p, asal.start, asal.end, 'asal')) return false;
  const role = wordBefore(ctx.p, asal.start);
  return role !== null && role.end === asal.start - 1 &&
    (TITLE_HEAD_WORDS.hasAt(ctx.p, role.start, role.end) || PERSON_NOUN_WORDS.hasAt(ctx.p, role.start, role.end));
}
