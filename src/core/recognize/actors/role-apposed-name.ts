// "Penjaga malam museum, Nete, diperiksa penyidik …", "Seorang sopir angkot, Udin, …": one
// capitalised word set off by commas right after a noun phrase opening the sentence and naming
// a person's role (a people noun or a pe(N)- agent noun, then up to three lower-case words)
// stands in apposition to it: the person the role names. (Not after a preposition: "Bagi
// petani, Alhamdulillah, …", "Kata pengacara, Insyaallah, …" set off an interjection.) The name model, with no verb of speech after
// the name ("diperiksa"), left such a word a weak mention the article never confirmed, and
// the quotes after it went to the speaker before (dev d270). The word must still read as a
// name to the model (classifyUnknown asks this only where it did not reject the run).
import { PERSON_NOUN_WORDS } from '../lexicon';
import { isUpper, wordBefore } from '../../text/chars';
import type { Ctx } from './ctx';

/** Lower-case words the role phrase may have after its head ("malam museum", "angkot jurusan"). */
const ROLE_PHRASE_WORDS = 3;
/** pe(N)- agent nouns of four letters or more after the prefix ("penjaga", "pengemudi",
 *  "Penonton", "Pemudik", "Penyidik"): the people who do what the root says (unknown-name.ts
 *  reads the same). */
export const AGENT_NOUN = /^pe(?:ng|ny|m|n)\p{Ll}{4,}$/u;

/** The one-token run [s, s + 1) is closed by a comma and follows "<role phrase>, ". */
export function oneNameApposedToRole(ctx: Ctx, s: number, e: number): boolean {
  const { p } = ctx;
  const start = ctx.ts[s];
  if (e !== s + 1 || p.charCodeAt(ctx.te[s]) !== 44 || start < 2 || p.charCodeAt(start - 2) !== 44 || p.charCodeAt(start - 1) !== 32) return false;
  let pos = start - 2;
  for (let k = 0; k <= ROLE_PHRASE_WORDS; k++) {
    const w = wordBefore(p, pos);
    if (!w || w.end !== pos - (k === 0 ? 0 : 1) || (k > 0 && p.charCodeAt(w.end) !== 32)) return false;
    const lower = p.slice(w.start, w.end).toLowerCase();
    if (PERSON_NOUN_WORDS.hasAt(p, w.start, w.end) || AGENT_NOUN.test(lower)) return opensSentence(p, w.start);
    if (isUpper(p.charCodeAt(w.start))) return false;
    pos = w.start;
  }
  return false;
}

/** Words that may stand before the role phrase at the sentence's start ("Seorang penjaga …"). */
const DETERMINERS = new Set(['seorang', 'sang', 'para']);

/** The phrase starting at `at` opens its sentence, after a determiner perhaps. */
function opensSentence(p: string, at: number): boolean {
  let k = at;
  const det = wordBefore(p, k);
  if (det && det.end === k - 1 && DETERMINERS.has(p.slice(det.start, det.end).toLowerCase())) k = det.start;
  while (k > 0 && p.charCodeAt(k - 1) === 32) k--;
  if (k === 0) return true;
  const c = p.charCodeAt(k - 1);
  return c === 10 || c === 46 || c === 33 || c === 63 || c === 0x201d || c === 34;
}
