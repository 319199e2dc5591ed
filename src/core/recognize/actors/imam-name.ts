// "notaris Imam Syahroni", "…, Imam Syafii Mahfudz": Imam is a common Indonesian given
// name as well as a title ("Imam Besar Masjid Istiqlal"). Inside a sentence, right before
// a capitalised word that is no title word, no body's head and no known name, it opens
// a person's name (the title rule lets it go; the unknown-name rule reads the run).
import { adjacent, has, isSentenceInitial, kbMatch, lowIs, type Ctx } from './ctx';
import { F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD } from './word-class';

/** Token i is "Imam" opening a name, not the title. */
export function imamOpensName(ctx: Ctx, i: number): boolean {
  if (!lowIs(ctx, i, 'imam') || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1)) return false;
  if (has(ctx, i + 1, F_TITLE_WORD | F_TITLE_HEAD | F_ORG_HEAD) || kbMatch(ctx, i + 1)) return false;
  return !isSentenceInitial(ctx.p, ctx.ts[i]);
}
