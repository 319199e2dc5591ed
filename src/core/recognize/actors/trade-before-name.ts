// "Perajin Hamdani Syarifuddin bekerja …", "Petani Sutrisno menanam …": a noun for people by
// role or trade opening a sentence before words the name model reads as a person's name is
// the person's trade, written as a title (no word of the name, as "Pengacara" before a name
// is not; fresh48a, dev d359). The word right after the noun must itself read as a given
// name, or be the goods or the vehicle of the trade before a full name: "Pedagang Bakso Joko
// Susilo", "Sopir Ojek Budi Santoso", "Pedagang Sapi Rambu Ana" name the trade's goods first,
// and dropping the noun alone left "Bakso Joko Susilo" (fix48c, review48b); the goods word
// goes with the noun (fix49a). One word after the noun that the model reads as no given name
// but not as a common word either ("Pedagang Aminah") is a name the article must confirm (a
// weak mention, fix49a): a village after "Warga" reads the same way. A kinship noun names a
// relation of the person after it ("Suami Sulastri, Bambang": name-variants.ts reads it), and
// a noun with its qualifier ("Guru Honorer") is the group of people. One owner for the
// questions put to the name model.
import { KINSHIP_NOUNS, PEOPLE_QUALIFIER_WORDS, PERSON_NOUN_WORDS } from '../lexicon';
import { classProbs, nameScorer, O, PER, readsAsPerson, tokensAfter, tokensBefore, modelMargins } from '../name-model';
import { isWordChar } from '../../text/chars';
import { low, type Ctx } from './ctx';

/** Where the person's name starts in the capitalised run [s, e) opening a sentence, and how
 *  sure the reading is. */
export interface NameAfterTrade {
  /** s when no trade noun is dropped; else the name's first token. */
  start: number;
  /** The name read as a person's by the model (false: one word the article must confirm). */
  sure: boolean;
}

/** NameAfterTrade for the capitalised run [s, e) opening a sentence: past token s when it is
 *  a trade noun written as a title and the words after it (past the trade's goods) read as a
 *  person's name. */
export function nameStartAfterTradeNoun(ctx: Ctx, s: number, e: number): NameAfterTrade {
  const { p, ts, te } = ctx;
  const none: NameAfterTrade = { start: s, sure: true };
  if (e - s < 2 || !PERSON_NOUN_WORDS.hasAt(p, ts[s], te[s]) || KINSHIP_NOUNS.has(low(ctx, s)) || PEOPLE_QUALIFIER_WORDS.hasAt(p, ts[s + 1], te[s + 1])) return none;
  // The given name, then the whole name (one question when the name is the one word).
  if (readsAsPerson(p, ts[s + 1], te[s + 1])) {
    // One word alone is sure when the model reads it as a given name by far ("Sutrisno" 0.99)
    // or the paragraph names it again; a trade's manner or workplace may read as a person's
    // name a little more than as a common word ("Pedagang Keliling" 0.41 to 0.40, "Buruh
    // Tani" 0.75) and stays a weak mention (review49b).
    if (e - s === 2) return { start: s + 1, sure: probabilities(ctx, s + 1, s + 2)[PER] >= modelMargins().tradeGivenName || namedAgain(p, ts[s + 1], te[s + 1]) };
    return readsAsPerson(p, ts[s + 1], te[e - 1]) ? { start: s + 1, sure: true } : none;
  }
  const first = probabilities(ctx, s + 1, s + 2)[O];
  // "Pedagang Sapi Rambu Ana": the goods, then a full name.
  if (first >= modelMargins().tradeGoods) {
    if (e - s < 4) return none;
    return readsAsPerson(p, ts[s + 2], te[e - 1]) ? { start: s + 2, sure: true } : none;
  }
  // "Pedagang Aminah": one word, neither a given name nor a common word to the model, and
  // named again in the paragraph ("… kata Aminah"). A trade's workplace or manner reads the
  // same way to the model ("Buruh Pabrik" O 0.35, "Pedagang Keliling", "Nelayan Andon") and is
  // not written again as a name: the run is left whole, as before (review49b).
  return e - s === 2 && first < modelMargins().tradeMayBeName && namedAgain(p, ts[s + 1], te[s + 1]) ? { start: s + 1, sure: false } : none;
}

/** Whether the word at [a, b) of `p` stands again, capitalised, as a whole word elsewhere in `p`. */
function namedAgain(p: string, a: number, b: number): boolean {
  const word = p.slice(a, b);
  for (let k = p.indexOf(word); k >= 0; k = p.indexOf(word, k + 1)) {
    if (k !== a && !isWordChar(p.charCodeAt(k - 1)) && !isWordChar(p.charCodeAt(k + word.length))) return true;
  }
  return false;
}

const PROBS = classProbs();
/** The shipped model's class probabilities of the words [a, b), in their context. */
function probabilities(ctx: Ctx, a: number, b: number): Float64Array {
  const words: string[] = [];
  for (let k = a; k < b; k++) words.push(ctx.p.slice(ctx.ts[k], ctx.te[k]));
  return nameScorer().score(words, tokensBefore(ctx.p, ctx.ts[a]), tokensAfter(ctx.p, ctx.te[b - 1]), PROBS);
}
