// "Kepala Dinas Yohana Masela": a title written with a bare "Dinas" (its field left out, named
// earlier in the article) and the holder's name right after. A regional government's dinas is
// always named by its field ("Dinas Pendidikan", "Dinas PUPR"), never after a person, so a name
// after a bare "Dinas" is the holder's: the rule consumes "Dinas" as the title's last word and
// leaves the name to be read after a title (dev d374 read a body "Dinas Yohana Masela").
import { readsAsPerson } from '../../name-model';
import { adjacent, has, kbMatch, low, lowIs, type Ctx } from '../ctx';
import { CUES_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_ACRONYM, F_DERIVED_NOUN, F_ENGLISH_NOUN, F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_PLACE_PREFIX, F_TITLE_HEAD, F_TITLE_WORD, F_UPPER_CASE } from '../word-class';

/** Flags a word of a dinas's field or of a place may have, and a person's given name has not. */
const NOT_A_NAME_WORD = F_ACRONYM | F_UPPER_CASE | F_DERIVED_NOUN | F_ENGLISH_NOUN | F_NEVER_ACTOR | F_NON_ACTOR_HEAD | F_ORG_HEAD |
  F_PLACE_PREFIX | F_TITLE_HEAD | F_TITLE_WORD;

/** Words of a dinas's field that no flag marks and the name model may read as a name's
 *  ("Dinas Bina Marga", "Dinas Cipta Karya", "Dinas Tata Ruang", dev d58). */
const FIELD_WORDS = new Set(['bina', 'marga', 'cipta', 'karya', 'tata', 'ruang', 'pangan', 'arsip', 'pasar', 'taman', 'pemadam', 'damkar', 'air', 'perpustakaan']);

/** The most words of the holder's name looked at. */
const MAX_NAME = 3;

/** Token i is "Dinas" right after a title's head ("Kepala Dinas", "Plt Kepala Dinas"). */
function titledBareDinas(ctx: Ctx, i: number): boolean {
  return lowIs(ctx, i, 'dinas') && i > 0 && adjacent(ctx, i - 1, i) && has(ctx, i - 1, F_TITLE_HEAD);
}

export const bareDinasHolder: ActorRule = {
  name: 'bare-dinas-holder',
  cues: CUES_TITLE,
  gate: F_ORG_HEAD,
  apply(ctx, i) {
    if (!titledBareDinas(ctx, i) || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1)) return NO_MATCH;
    let e = i + 1;
    while (e < ctx.nt && e - i - 1 < MAX_NAME && (e === i + 1 || adjacent(ctx, e - 1, e))) {
      if (has(ctx, e, NOT_A_NAME_WORD) || FIELD_WORDS.has(low(ctx, e)) || kbMatch(ctx, e) !== null) break;
      e++;
    }
    // (every word of the run a name's, two words at least: one word after "Kepala Dinas" is as
    // often a field the lexicon does not list)
    // (nor a field joined to another by "dan": "Dinas Bina Marga dan Bina Konstruksi")
    if (e - i - 1 < 2 || (e < ctx.nt && adjacent(ctx, e - 1, e)) || ctx.p.startsWith(' dan ', ctx.te[e - 1])) return NO_MATCH;
    return readsAsPerson(ctx.p, ctx.ts[i + 1], ctx.te[e - 1]) ? i + 1 : NO_MATCH;
  },
};
