// "PSIS mengklaim sudah sepakat dengan pemain itu, sementara agennya mengatakan belum ada kontrak":
// news sets two sides' words against each other in one sentence, the second side opened by a
// contrast word and reporting with a verb of its own. The first statement ends before the
// contrast, whether or not the second side is named (speakers46, d307: "agennya" names nobody
// in its sentence, and the agent's words were read as the club's). find.ts already splits the
// sentence when the second subject is a mention ("X mengatakan A, sementara Y menilai B").
import { wordAfter, wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { SPEECH_VERB_WORDS } from '../lexicon';

/** The contrast words that open the other side's clause (clause.ts: after a comma they end an
 *  object's search for a predicate). */
export const CONTRAST_OPENERS = new LowerWordSet(['sementara', 'sedangkan']);
/** At most this many words of the other side's subject between the contrast word and its verb
 *  ("agennya", "kuasa hukum klub", "pihak pemain itu sendiri"). */
const SUBJECT_WORDS = 4;

/** Where the content [from, to) ends before ", sementara <subject> <speech verb>": the comma's
 *  offset, or -1 when no such contrast follows. */
export function contrastedSpeechAt(p: string, from: number, to: number): number {
  for (let c = p.indexOf(', ', from); c >= 0 && c < to; c = p.indexOf(', ', c + 1)) {
    const opener = wordAfter(p, c + 1, to);
    if (opener === null || !CONTRAST_OPENERS.hasAt(p, opener.start, opener.end)) continue;
    // "Ujang menilai pemerintah mengklaim A, sementara masyarakat menyebut B": when the first
    // half is itself a report (a subject and its speech verb), the two sides are set against
    // each other inside the outer speaker's words: the contrast is part of them, no cut.
    if (reportWithin(p, from, c)) return -1;
    let w = wordAfter(p, opener.end, to);
    for (let n = 0; w !== null && n <= SUBJECT_WORDS; n++) {
      // (the verb after at least one word of its subject: "sementara menurut …" is no clause)
      if (n > 0 && SPEECH_VERB_WORDS.hasAt(p, w.start, w.end)) return c;
      w = wordAfter(p, w.end, to);
    }
  }
  return -1;
}

/** [from, to) holds a speech verb after at least one word of its subject ("pemerintah
 *  mengklaim …"). */
function reportWithin(p: string, from: number, to: number): boolean {
  let w = wordAfter(p, from, to);
  for (let n = 0; w !== null; n++) {
    if (n > 0 && SPEECH_VERB_WORDS.hasAt(p, w.start, w.end)) return true;
    w = wordAfter(p, w.end, to);
  }
  return false;
}

/** The subject of the verb at `at` is looked for after a contrast word opening its clause
 *  within SUBJECT_WORDS words before it ("…, sementara agennya menyebut"): that clause's own
 *  subject, never the first actor of the sentence. The offset after the contrast word, or
 *  `floor` when none opens the verb's clause. */
export function contrastClauseFloor(p: string, at: number, floor: number): number {
  let k = at;
  for (let n = 0; n <= SUBJECT_WORDS; n++) {
    const w = wordBefore(p, k, floor);
    if (w === null) return floor;
    if (CONTRAST_OPENERS.hasAt(p, w.start, w.end)) return n > 0 && p.startsWith(', ', w.start - 2) ? w.end : floor;
    k = w.start;
  }
  return floor;
}
