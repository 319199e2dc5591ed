// A reported statement whose speaker is named ("Saya pernah berbincang dengan Josefa, pejabat
// dinas perikanan, yang bercerita …") gives that speaker the floor, as a speech event does:
// a "katanya" after it is theirs. The speech-event pass does not always see such a speaker
// (a name after "dengan" is no sentence subject there, "pula berharap" no verb it reads), and
// without this the "katanya" went to whoever spoke before. Two statements keep the floor where
// it was:
// - a speaker named inside the sentence of the statement before ("Lestari menerangkan pemegang
//   saham pengendali, PT Danareksa, sudah menyatakan …"): part of that content, not a new turn;
// - a relative clause told as background, a past adverb before its verb ("…, termasuk Gubernur
//   X, yang sebelumnya menyebut …": relative-verb.ts reads the same clause for speech events).
import { wordBefore } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';
import { endsSentenceAt } from './sentence-end';

/** Adverbs that put a relative clause's statement before the story's time. */
const PAST_ADVERB_WORDS = new LowerWordSet(['sebelumnya', 'sempat', 'pernah', 'telah', 'sudah', 'dulu', 'kemarin']);

/** The statement just found, spoken by the one named at `speakerStart`, its cue word ending
 *  at or before `statementStart`, takes the floor, given the start of the statement before it
 *  in the article (`previousStart`, -1: none). */
export function statementTakesFloor(text: string, previousStart: number, speakerStart: number, statementStart: number, cue: string): boolean {
  if (pastRelativeCue(text, speakerStart, statementStart, cue)) return false;
  if (previousStart < 0 || previousStart > speakerStart) return true;
  for (let k = previousStart; k < speakerStart; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || endsSentenceAt(text, k)) return true;
  }
  return false;
}

/** "yang sebelumnya menyebut": the cue before `statementStart` follows "yang" and a past
 *  adverb (up to two adverbs). */
function pastRelativeCue(text: string, floor: number, statementStart: number, cue: string): boolean {
  // (a statement before its speaker, "…, kata X", has no cue between them: the article
  // before it is not searched)
  if (cue.length === 0 || statementStart <= floor) return false;
  const at = text.lastIndexOf(cue, statementStart);
  if (at <= floor) return false;
  let past = false;
  let k = at;
  for (let n = 0; n < 3; n++) {
    const w = wordBefore(text, k, floor);
    if (w === null) return false;
    if (w.end - w.start === 4 && text.startsWith('yang', w.start)) return past;
    if (!PAST_ADVERB_WORDS.hasAt(text, w.start, w.end)) return false;
    past = true;
    k = w.start;
  }
  return false;
}
