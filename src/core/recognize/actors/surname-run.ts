// "nakhoda kapal kargo Fransiskus Laga Kosu": a KB person's one-word alias ("Fransiskus",
// Pope Francis) before a surname is another person's first name (rules/kb-name.ts), but a
// surname that is also a common word opening sentences ("Laga", a match) failed the
// surname test, so the stranger became the Pope and with him the speaker of four turns
// of a hearing. Such a word still is a surname when a second name word follows it: a
// common word opening a sentence is not followed, mid-sentence, by another name.
import { adjacent, has, kbMatch, type Ctx } from './ctx';
import { F_SENTENCE_STARTER } from './word-class';

/** Token `next` (after a KB first name) fails the surname test only for opening sentences
 *  (`notSurname` are the failing classes), and token `next + 1`, one space after it,
 *  passes it and is no KB name. */
export function sentenceStarterSurname(ctx: Ctx, next: number, notSurname: number): boolean {
  if (has(ctx, next, notSurname & ~F_SENTENCE_STARTER) || next + 1 >= ctx.nt) return false;
  if (!adjacent(ctx, next, next + 1) || ctx.p.charCodeAt(ctx.te[next]) !== 32) return false;
  return !has(ctx, next + 1, notSurname) && !kbMatch(ctx, next + 1);
}

/** Among the tokens [s, e) of a run of three words or more, exactly one opens sentences
 *  and it is not the last: "Lalu Ahmad Fadli" (the Sasak title Lalu), "Fransiskus Laga
 *  Doni". A word written with a capital inside a sentence and followed by more of a name
 *  is a name's word there (rules/unknown-name.ts; not "Yang Mulia", two words). */
export function oneStarterInsideName(ctx: Ctx, s: number, e: number): boolean {
  if (e - s < 3 || has(ctx, e - 1, F_SENTENCE_STARTER)) return false;
  let starters = 0;
  for (let k = s; k < e - 1; k++) if (has(ctx, k, F_SENTENCE_STARTER) && ++starters > 1) return false;
  return starters === 1;
}
