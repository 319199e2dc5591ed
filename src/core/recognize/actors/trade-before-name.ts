// "Perajin Hamdani Syarifuddin bekerja …", "Petani Sutrisno menanam …": a noun for people by
// role or trade opening a sentence before words the name model reads as a person's name is
// the person's trade, written as a title (no word of the name, as "Pengacara" before a name
// is not; fresh48a, dev d359). The word right after the noun must itself read as a given
// name: "Pedagang Bakso Joko Susilo", "Sopir Ojek Budi Santoso" name the goods or the vehicle
// of the trade first, and dropping the noun alone left "Bakso Joko Susilo" (fix48c,
// review48b). A kinship noun names a relation of the person after it ("Suami Sulastri,
// Bambang": name-variants.ts reads it), and a noun with its qualifier ("Guru Honorer") is
// the group of people. One owner for both questions put to the name model.
import { KINSHIP_NOUNS, PEOPLE_QUALIFIER_WORDS, PERSON_NOUN_WORDS } from '../lexicon';
import { readsAsPerson } from '../name-model';
import { low, type Ctx } from './ctx';

/** Where the person's name starts in the capitalised run [s, e) opening a sentence: s + 1
 *  when token s is a trade noun written as a title and the run after it reads as a person's
 *  name opened by a given name; else s. */
export function nameStartAfterTradeNoun(ctx: Ctx, s: number, e: number): number {
  const { p, ts, te } = ctx;
  if (e - s < 2 || !PERSON_NOUN_WORDS.hasAt(p, ts[s], te[s]) || KINSHIP_NOUNS.has(low(ctx, s)) || PEOPLE_QUALIFIER_WORDS.hasAt(p, ts[s + 1], te[s + 1])) return s;
  // The given name, then the whole name (one question when the name is the one word).
  if (!readsAsPerson(p, ts[s + 1], te[s + 1])) return s;
  return e - s === 2 || readsAsPerson(p, ts[s + 1], te[e - 1]) ? s + 1 : s;
}
