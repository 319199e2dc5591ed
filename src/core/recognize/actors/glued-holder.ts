// "Sekretaris Jenderal Gapeksi Andi Ruslan mengatakan …", "Ketua kelompok suporter Laskar
// Bahari Agung Setiawan …": a body the KB does not know and its holder's full name with
// nothing between them make one capitalised run, which the unknown-name rule read as one
// person (the body lost, the person's identity wrong) or one organisation (the person lost).
// The name model decides where the run splits: the last two or three words must read as a
// person's name (person-after-body.ts personMargin, the corpus model that rule was tuned
// with) and the words before them as a body, not a given name (the convention model, which
// knows the project's bodies). No word list: a body's short name ("Gapeksi") is never in one.
import { classProbs, conventionScorer, O, ORG, PER, tokensAfter, tokensBefore } from '../name-model';
import { word, type Ctx } from './ctx';
import { personMargin } from './person-after-body';

/** "Penyanyi" (singer) reads as no name 0.98 ... */
const ROLE_WORD_AT_LEAST = 0.9;
/** ... and the rest as a person ("Nayla Kirana" 0.95). */
const NAME_AFTER_ROLE_AT_LEAST = 0.8;
/** How much more probable PER must be than any other class for the tail: a clear name. */
const TAIL_PERSON_MARGIN = 0.8;
/** The head's probability of a person's name at most this ("Gapeksi" 0.08; a rare given
 *  name opening a person's name reads higher: "Yohanes" 0.82, "Sufmi" 0.37) ... */
const HEAD_PERSON_AT_MOST = 0.15;
/** ... and an organisation this much more probable than a person ("Cok" of "Cok Sanusi":
 *  PER 0.09 but ORG 0.02, a given name the model does not know, is left whole). */
const HEAD_BODY_MARGIN = 0.1;
/** ... or an organisation this much more probable than a person, whatever the person's
 *  probability ("Waskita Karya" ORG 0.71, PER 0.27; "Cok" of "Cok Sanusi" reads ORG 0.02). */
const CLEAR_BODY_MARGIN = 0.4;
/** A word this likely a person's name alone opens the holder's name ("Kevin" 0.86, "Sri"
 *  0.50); a body's last word reads lower ("Nusantara" 0.06, "Rimba" 0.14). */
const GIVEN_NAME_AT_LEAST = 0.4;
const PROBS = classProbs();

/** The token where a holder's name starts inside the unknown run [s, e) of three words or
 *  more, or -1 when the run is one name. */
export function gluedHolderStart(ctx: Ctx, s: number, e: number): number {
  // ("…(UGM), Citra Indriani Kusuma, menilai": a run after a comma is in apposition, a
  // name of its own; a body is glued to its holder only where a title runs into it)
  if (e - s < 3 || ctx.p.charCodeAt(ctx.ts[s] - 2) === 44) return -1;
  // The name has two words or three: three where the word before the last two reads as a
  // given name ("Dompet Rakyat | Kevin Adiputra Halim"), two where it reads as the body's
  // last word ("Volta Nusantara | Anindita Prameswari", "Radar Tegal | Nurul Fitriani").
  const k = e - s >= 4 && scoreRun(ctx, e - 3, e - 2)[PER] >= GIVEN_NAME_AT_LEAST ? e - 3 : e - 2;
  if (personMargin(ctx, k, e) < TAIL_PERSON_MARGIN) return -1;
  const head = scoreRun(ctx, s, k);
  // (a head the model reads as a body by a wide margin may read as a person's name a little
  // more: "Waskita Karya" PER 0.27, ORG 0.71, before "Muhammad Hanugroho", fix49a)
  return (head[PER] <= HEAD_PERSON_AT_MOST && head[ORG] >= head[PER] + HEAD_BODY_MARGIN) || head[ORG] >= head[PER] + CLEAR_BODY_MARGIN ? k : -1;
}

/** "Penyanyi Nayla Kirana hadir …": the first word of the unknown run [s, e) of three words
 *  or more, which the caller found shaped as a noun for people by role or trade (a pe(N)-
 *  agent noun, a lexicon role), is that noun written with a capital (a sentence's first
 *  word, after a dateline) when the model reads it alone as no name at all and the rest as
 *  a person's name (a given name of that shape reads lower: "Pembayun"). */
export function roleWordBeforeName(ctx: Ctx, s: number, e: number): boolean {
  if (e - s < 3 || scoreRun(ctx, s, s + 1)[O] < ROLE_WORD_AT_LEAST) return false;
  return scoreRun(ctx, s + 1, e)[PER] >= NAME_AFTER_ROLE_AT_LEAST;
}

/** The convention model's class probabilities for the words [s, e) where they stand. */
function scoreRun(ctx: Ctx, s: number, e: number): Float64Array {
  const words: string[] = [];
  for (let t = s; t < e; t++) words.push(word(ctx, t));
  return conventionScorer().score(words, tokensBefore(ctx.p, ctx.ts[s]), tokensAfter(ctx.p, ctx.te[e - 1]), PROBS);
}
