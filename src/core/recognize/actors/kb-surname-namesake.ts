// "Hasrul Abbas", "Ridwan Hi. Abbas": given names before a known person's one-word alias
// join that person ("Dmitri S. Peskov" is the KB's Dmitry Peskov, extents.ts), but only when
// they can be the known person's own: a given name starting with another letter than every
// other word of the known person's name ("Hasrul" for Mahmoud Abbas) belongs to a namesake,
// a local person the KB does not know, whose identity the known person's would steal (and
// with it the speaker of every quote he gives). Spelling variants keep their first letter
// (Dmitri/Dmitry, Mahmud/Mahmoud), and an initial is compared the same way. A known person
// named only by a full name ("Prasetyo Hadi") has no other given name: "Wahyu Prasetyo Hadi"
// is a namesake too, unless the word before is one a full name carries first (lexicon
// FULL_NAME_PREFIXES: "Muhammad Tito Karnavian" is the KB's Tito Karnavian).
import type { KbMatch } from '../../kb/kb-index';
import { ADDRESS_WORDS, FULL_NAME_PREFIXES, POST_CUE_WORDS } from '../lexicon';
import { has, low, type Ctx } from './ctx';
import { F_NEVER_ACTOR, F_SENTENCE_STARTER, F_TITLE_WORD } from './word-class';

/** Tokens i..j-1 name someone other than the known person m that token j starts: the
 *  person's canonical name has words besides the alias, and the first of the tokens (a
 *  given name or an initial, after any title word the person's mention leaves out) starts
 *  with none of their letters. */
export function namesakeOfKbPerson(ctx: Ctx, i: number, j: number, m: KbMatch): boolean {
  // A term of address is no given name either ("Abah Anies" is Anies Baswedan).
  while (i < j && (has(ctx, i, F_NEVER_ACTOR | F_TITLE_WORD) || ADDRESS_WORDS.has(low(ctx, i)))) i++;
  if (m.entity.type !== 'PER' || i >= j) return false;
  // "… Kata Prabowo.", "Ujar Anies": a cue written with a capital (a typo, a line joined) is
  // no given name; nor a word that opens sentences. The known person stays himself, as he
  // does wherever the paragraph is read.
  if (POST_CUE_WORDS.hasAt(ctx.p, ctx.ts[i], ctx.te[i]) || has(ctx, i, F_SENTENCE_STARTER)) return false;
  const canonical = m.entity.canonical;
  // "Wahyu Prasetyo Hadi": the alias is the whole of a name of two words or more, so a
  // given name before it makes a longer name, someone else's; not an initial nor a name a
  // full name customarily carries first ("H. Tito Karnavian", "Muhammad Tito Karnavian").
  if (m.alias === canonical) {
    const w = ctx.te[i] - ctx.ts[i] === 1 ? '' : low(ctx, i);
    return canonical.indexOf(' ') > 0 && w !== '' && !FULL_NAME_PREFIXES.has(w);
  }
  const aliasWords = ' ' + m.alias + ' ';
  const first = ctx.p.charAt(ctx.ts[i]).toLowerCase();
  let others = 0;
  let s = 0;
  while (s < canonical.length) {
    let e = canonical.indexOf(' ', s);
    if (e < 0) e = canonical.length;
    const word = canonical.slice(s, e);
    if (word.length > 1 && !aliasWords.includes(' ' + word + ' ')) {
      others++;
      if (word.charAt(0).toLowerCase() === first) return false;
    }
    s = e + 1;
  }
  return others > 0;
}
