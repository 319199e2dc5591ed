// "Aksi itu diserukan Serikat Buruh X (SBX), yang mengklaim …": a reporting verb opening a
// relative clause after a name's comma reports what that name said (annotation spec: a
// relative clause reports too); its subject is the name "yang" refers back to, not the
// sentence's own subject ("Aksi itu"). A relative clause whose verb follows a description
// ("X, yang juga Ketua Y, mengatakan …") is the main verb's, read as before.
import { wordBefore } from '../../text/chars';
import { isLowerWordAt } from '../../text/lower-word-set';
import { VERB_ADVERB_WORDS } from '../lexicon';
import { firstStartingAt, type LocalMention } from '../mention';

/** The mention "yang" refers back to when the verb at `at` opens a relative clause right
 *  after a name and its comma (past up to two adverbs: "yang sebelumnya menyebut"), with
 *  the name's acronym in brackets left for the name itself; else -1. */
export function relativeClauseSubject(p: string, at: number, floor: number, mentions: readonly LocalMention[]): number {
  let w = wordBefore(p, at, floor);
  for (let n = 0; n < 2 && w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end); n++) w = wordBefore(p, w.start, floor);
  if (w === null || !isLowerWordAt(p, w.start, w.end, 'yang')) return -1;
  let k = w.start;
  while (k > floor && p.charCodeAt(k - 1) === 32) k--;
  if (k <= floor || p.charCodeAt(k - 1) !== 44) return -1;
  k--;
  // ("Serikat Buruh X (SBX), yang …": the name before its bracketed acronym)
  if (p.charCodeAt(k - 1) === 41) {
    const open = p.lastIndexOf('(', k);
    if (open > floor && k - open <= 16) {
      k = open;
      while (k > floor && p.charCodeAt(k - 1) === 32) k--;
    }
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    if (mentions[i].end === k) return i;
    if (mentions[i].end < k) break;
  }
  return -1;
}

/** The verb at `at` opens a restrictive relative clause ("yang" with no comma before it)
 *  after a lower-case common noun that no mention ends: "… membacakan syarat dan ketentuan
 *  aplikasi yang menyebut risiko …", "… surat perjanjian yang menyebut harga …". Its subject
 *  is that thing, which is no identifiable actor (spec: a statement renders an actor's
 *  words), and not the sentence's subject: no statement. */
export function restrictiveRelativeOfThing(p: string, at: number, floor: number, mentions: readonly LocalMention[]): boolean {
  let w = wordBefore(p, at, floor);
  for (let n = 0; n < 2 && w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end); n++) w = wordBefore(p, w.start, floor);
  if (w === null || !isLowerWordAt(p, w.start, w.end, 'yang')) return false;
  const noun = wordBefore(p, w.start, floor);
  if (noun === null || noun.end + 1 !== w.start || p.charCodeAt(noun.end) !== 32) return false;
  const c = p.charCodeAt(noun.start);
  if (c < 97 || c > 122) return false;
  // (the mention ending at the noun starts before its end: one binary search, no walk)
  const i = firstStartingAt(mentions, noun.end) - 1;
  return i < 0 || mentions[i].end !== noun.end;
}
