// "Sekretaris Jenderal Gapeksi Andi Ruslan mengatakan …", "Ketua kelompok suporter Natiku
// Bahari Agung Setiawan …": a body the KB does not know and its holder's full name with
// nothing between them make one capitalised run, which the unknown-name rule read as one
// person (the body lost, the person's identity wrong) or one organisation (the person lost).
// The name model decides where the run splits: the last two or three words must read as a
// person's name (person-after-body.ts personMargin, the corpus model that rule was tuned
// with) and the words before them as a body, not a given name (the convention model, which
// knows the project's bodies). No word list: a body's short name ("Gapeksi") is never in one.
import { classProbs, O, ORG, PER, modelMargins } from '../name-model';
import { type Ctx } from './ctx';
import { conventionScoresOf } from './run-scores';
import { personMargin } from './person-after-body';

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
  const k = e - s >= 4 && conventionScoresOf(ctx, e - 3, e - 2, PROBS)[PER] >= modelMargins().gluedGivenName ? e - 3 : e - 2;
  if (personMargin(ctx, k, e) < modelMargins().gluedTailPerson) return -1;
  const head = conventionScoresOf(ctx, s, k, PROBS);
  // (a head the model reads as a body by a wide margin may read as a person's name a little
  // more: "Waskita Karya" PER 0.27, ORG 0.71, before "Muhammad Hanugroho", fix49a)
  return (head[PER] <= modelMargins().gluedHeadPerson && head[ORG] >= head[PER] + modelMargins().gluedHeadBody) || head[ORG] >= head[PER] + modelMargins().gluedClearBody ? k : -1;
}

/** "Penyanyi Nayla Kirana hadir …": the first word of the unknown run [s, e) of three words
 *  or more, which the caller found shaped as a noun for people by role or trade (a pe(N)-
 *  agent noun, a lexicon role), is that noun written with a capital (a sentence's first
 *  word, after a dateline) when the model reads it alone as no name at all and the rest as
 *  a person's name (a given name of that shape reads lower: "Pembayun"). */
export function roleWordBeforeName(ctx: Ctx, s: number, e: number): boolean {
  if (e - s < 3 || conventionScoresOf(ctx, s, s + 1, PROBS)[O] < modelMargins().roleWord) return false;
  return conventionScoresOf(ctx, s + 1, e, PROBS)[PER] >= modelMargins().nameAfterRole;
}

