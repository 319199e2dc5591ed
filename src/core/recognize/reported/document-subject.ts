// "Prinsip pertahanan kolektif NATO Pasal 5 menyatakan bahwa …", "Piagam PBB menegaskan
// bahwa …": the subject of the reporting verb is a legal or normative text, which an actor
// named inside it did not speak. The annotation spec makes a reported statement the words
// of an identifiable actor and lists documents ("Pasal 5") among the non-actors, so such a
// sentence is no statement at all, rather than the statement of the actor in the text's
// name (the writer paraphrases a text). A report or a survey ("Laporan Bank Dunia
// menyebutkan …") is its publisher's statement and is not covered here.
import { wordAfter, wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { DOCUMENT_HEADS } from '../lexicon';

const DOCUMENT_HEAD_WORDS = new LowerWordSet(DOCUMENT_HEADS);

/** The phrase naming the subject of a verb at `verb` (from the sentence's or clause's
 *  start after `floor`, the subject mention being [mStart, mEnd)) is headed by a document
 *  word, or the mention is followed by one ("NATO Pasal 5 menyatakan"). */
export function documentSubject(p: string, floor: number, mStart: number, mEnd: number, verb: number): boolean {
  const after = wordAfter(p, mEnd, verb);
  if (after !== null && DOCUMENT_HEAD_WORDS.hasAt(p, after.start, after.end)) return true;
  // Back from the mention to the phrase's first word: over words, not over a comma.
  let head: { start: number; end: number } | null = null;
  for (let at = mStart, n = 0; n < 8; n++) {
    const w = wordBefore(p, at, floor);
    if (w === null) break;
    head = w;
    at = w.start;
  }
  return head !== null && DOCUMENT_HEAD_WORDS.hasAt(p, head.start, head.end);
}
