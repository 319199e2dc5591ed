// "… asap dari lantai tiga blok B. Petugas keamanan pasar menyalakan sirene", "menginap di
// kamar tipe A. Pedagang …": a letter naming a block, a class or a type ends its sentence
// with its dot, and the capitalised word after it opens the next sentence. Read as an initial
// and a name, the two gave a person "B. Petugas" (dev d416). Only where the word after the dot
// is a noun for people or a word that opens sentences: "oleh B. Sudarsono" is an initial.
import { wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { PERSON_NOUN_WORDS } from '../lexicon';
import { has, type Ctx } from './ctx';
import { F_SENTENCE_STARTER } from './word-class';

/** Lower-case words a letter names one of ("blok B", "kelas A", "tipe C", "zona D"). */
const DESIGNATOR_WORDS = new LowerWordSet([
  'blok', 'kelas', 'tipe', 'golongan', 'zona', 'lantai', 'ruang', 'gedung', 'pintu', 'gerbang', 'sektor', 'tribun', 'grup',
  'paket', 'kategori', 'seri', 'huruf', 'lajur', 'klaster', 'kavling', 'lorong', 'bangsal', 'paviliun', 'loket', 'peron',
]);

/** Token i is one capital letter written after a designator word ("blok B") and followed by
 *  its dot and token j, a noun for people or a sentence opener: two sentences, no name. */
export function designatorLetterEndsSentence(ctx: Ctx, i: number, j: number): boolean {
  const { p, ts, te } = ctx;
  if (te[i] - ts[i] !== 1 || p.charCodeAt(te[i]) !== 46 /* . */) return false;
  const before = wordBefore(p, ts[i]);
  if (before === null || before.end !== ts[i] - 1 || !DESIGNATOR_WORDS.hasAt(p, before.start, before.end)) return false;
  return PERSON_NOUN_WORDS.hasAt(p, ts[j], te[j]) || has(ctx, j, F_SENTENCE_STARTER);
}
