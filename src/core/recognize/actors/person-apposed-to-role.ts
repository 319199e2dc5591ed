// "… suaka kepada mantan menteri energi Peru, Aurelio Mendoza Quispe, yang bersembunyi …",
// "Jaksa menuntut nakhoda kapal asal Filipina, Renato Dumalagan Cabrera, dengan …": a
// lower-case role phrase ending in a place, a comma, and a run of capitalised words closed
// by a comma: the run stands in apposition to the role, so it is the person the role names.
// The name model, reading a foreign name after "<country> ,", typed it an organisation (and
// the speaker of the quotes after it with it); the role word settles it. A body after such
// a phrase has no person's role before it ("perusahaan asal Jepang, Toyota Motor
// Corporation,").
import { PERSON_NOUN_WORDS, TITLE_HEAD_WORDS } from '../lexicon';
import { isLowerWordAt } from '../../text/lower-word-set';
import { isUpper, wordBefore } from '../../text/chars';
import type { Ctx } from './ctx';

/** The most lower-case words of the role phrase read before the place ("mantan menteri
 *  energi", "nakhoda kapal asal"). */
const ROLE_PHRASE_WORDS = 4;

/** The run of tokens [s, e) follows "<role phrase> <place>, " (the place the last mention
 *  found) and a comma closes it. */
export function personApposedToRole(ctx: Ctx, s: number, e: number): boolean {
  const { p } = ctx;
  const start = ctx.ts[s];
  const place = ctx.out[ctx.out.length - 1];
  if (!place || place.type !== 'GPE' || place.end !== start - 2 || p.charCodeAt(place.end) !== 44 || p.charCodeAt(ctx.te[e - 1]) !== 44) return false;
  let pos = place.start;
  for (let k = 0; k < ROLE_PHRASE_WORDS; k++) {
    const w = wordBefore(p, pos);
    if (!w || w.end !== pos - 1 || p.charCodeAt(w.end) !== 32 || isUpper(p.charCodeAt(w.start))) return false;
    if (TITLE_HEAD_WORDS.hasAt(p, w.start, w.end) || PERSON_NOUN_WORDS.hasAt(p, w.start, w.end) || isLowerWordAt(p, w.start, w.end, 'mantan')) return true;
    pos = w.start;
  }
  return false;
}
