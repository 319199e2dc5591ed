// "Pasangan nomor urut 1 Gupaka Hakim–Nurlela Sari", "… dan Fauzan Hakim Siregar.": "Hakim"
// (a judge) is also one of the commonest words of Indonesian names (Arabic "hakim", wise).
// As a title it stands before the name it introduces ("Hakim Ketua Anton …", "Majelis
// Hakim …"), never right after one given name; there the name ran only to the given name,
// and the title rule took "Hakim" (and the surname after it became a person of its own).
// titleWordEndsName (extents.ts) reads the word as a name's last one after two words of a
// name; this reads it after one given name, at the end of the name or inside it.
import { TITLE_WORDS_IN_NAMES } from '../lexicon';
import { adjacent, has, isSentenceInitial, kbMatch, low, type Ctx } from './ctx';
import { F_ACRONYM, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_SENTENCE_STARTER, F_TITLE_HEAD, F_TITLE_WORD, NOT_IN_A_PERSON_NAME } from './word-class';

/** Classes of a word that is no given name before such a word ("Majelis Hakim", "Ketua Hakim"). */
const NOT_A_GIVEN_NAME = F_ORG_HEAD | F_TITLE_HEAD | F_TITLE_WORD | F_NON_ACTOR_HEAD | F_ACRONYM | F_SENTENCE_STARTER | NOT_IN_A_PERSON_NAME;
/** Classes of a word after it that a title introduces, not a name goes on with ("Hakim Ketua", "Hakim Agung"). */
const NOT_A_SURNAME = F_ORG_HEAD | F_TITLE_HEAD | F_TITLE_WORD | F_NON_ACTOR_HEAD | F_ACRONYM;

/** Token j (a title word that names carry too) follows the one given name at token i, which
 *  opens the capitalised run (or follows a title), and a word of a name or no capitalised word follows it. */
export function titleWordIsSurname(ctx: Ctx, i: number, j: number): boolean {
  if (j !== i + 1 || !TITLE_WORDS_IN_NAMES.has(low(ctx, j))) return false;
  if (has(ctx, i, NOT_A_GIVEN_NAME) || isSentenceInitial(ctx.p, ctx.ts[i]) || kbMatch(ctx, i)) return false;
  // (a capitalised word right before the given name is a title, "Hakim Lukman Hakim", or the
  // run is no name: "Warga Sumba Hakim …")
  if (i > 0 && adjacent(ctx, i - 1, i) && !has(ctx, i - 1, F_TITLE_HEAD | F_TITLE_WORD)) return false;
  const k = j + 1;
  return !(k < ctx.nt && adjacent(ctx, j, k)) || (!has(ctx, k, NOT_A_SURNAME) && !kbMatch(ctx, k));
}
