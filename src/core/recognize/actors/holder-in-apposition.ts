// "Ketua Koperasi Produsen Tani Subur Makmur, Darsini, mengatakan …": when the holder of a
// group named by common words is named in apposition after it, between commas, the group's
// name runs up to the comma; none of its last words is the holder's name (person-after-body.ts
// would otherwise cut "Tani Maju Bersama" off as a name the model reads well). Regional news
// writes the holder this way as often as without a comma. Only such groups: other bodies
// have a unit or a company inside their run ("Kepala Divisi Hukum Sarana Dana Mandiri,
// Benny …"), which the cut leaves to the link pass to find.
import { adjacent, has, kbMatch, low, type Ctx } from './ctx';
import { WORD_NAMED_GROUP_HEADS } from '../lexicon';
import { NOT_IN_A_PERSON_NAME } from './word-class';

/** How many words a holder's name in apposition has at most. */
const MAX_NAME_WORDS = 4;

/** The run of tokens [i, j), a group named by common words, is followed by ", <Name>,"
 *  where the name is one to four capitalised words that may be a person's (no word a name
 *  never has, no known place or body). */
export function holderInApposition(ctx: Ctx, i: number, j: number): boolean {
  const { p, ts, te, nt } = ctx;
  if (!WORD_NAMED_GROUP_HEADS.has(low(ctx, i)) || j >= nt || p.charCodeAt(te[j - 1]) !== 44 || ts[j] !== te[j - 1] + 2 || p.charCodeAt(te[j - 1] + 1) !== 32) return false;
  for (let k = j; k < nt && k - j < MAX_NAME_WORDS; k++) {
    if (k > j && !adjacent(ctx, k - 1, k)) return false;
    if (has(ctx, k, NOT_IN_A_PERSON_NAME)) return false;
    const known = kbMatch(ctx, k);
    if (known && known.entity.type !== 'PER') return false;
    if (p.charCodeAt(te[k]) === 44) return true;
  }
  return false;
}
