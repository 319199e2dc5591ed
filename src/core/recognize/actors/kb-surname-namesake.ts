// "Hasrul Abbas", "Ridwan Hi. Abbas": given names before a known person's one-word alias
// join that person ("Dmitri S. Peskov" is the KB's Dmitry Peskov, extents.ts), but only when
// they can be the known person's own: a given name starting with another letter than every
// other word of the known person's name ("Hasrul" for Mahmoud Abbas) belongs to a namesake,
// a local person the KB does not know, whose identity the known person's would steal (and
// with it the speaker of every quote he gives). Spelling variants keep their first letter
// (Dmitri/Dmitry, Mahmud/Mahmoud), and an initial is compared the same way.
import type { KbMatch } from '../../kb/kb-index';
import { has, type Ctx } from './ctx';
import { F_NEVER_ACTOR, F_TITLE_WORD } from './word-class';

/** Tokens i..j-1 name someone other than the known person m that token j starts: the
 *  person's canonical name has words besides the alias, and the first of the tokens (a
 *  given name or an initial, after any title word the person's mention leaves out) starts
 *  with none of their letters. */
export function namesakeOfKbPerson(ctx: Ctx, i: number, j: number, m: KbMatch): boolean {
  while (i < j && has(ctx, i, F_NEVER_ACTOR | F_TITLE_WORD)) i++;
  if (m.entity.type !== 'PER' || i >= j) return false;
  const canonical = m.entity.canonical;
  const first = ctx.p.charAt(ctx.ts[i]).toLowerCase();
  let others = 0;
  let s = 0;
  while (s < canonical.length) {
    let e = canonical.indexOf(' ', s);
    if (e < 0) e = canonical.length;
    const word = canonical.slice(s, e);
    if (word !== m.alias && word.length > 1) {
      others++;
      if (word.charAt(0).toLowerCase() === first) return false;
    }
    s = e + 1;
  }
  return others > 0;
}
