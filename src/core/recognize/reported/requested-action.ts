// "X menyatakan pihaknya meminta Y menyampaikan laporan …": a reporting verb whose subject
// is the object of a request verb right before it names what Y is asked to do. It reports
// nothing Y said, so it is no nested statement: X's statement keeps its whole content
// (spec: nested reporting gives the statement to the subject of the verb that governs the
// content; here the request verb governs it, and its subject is X's side).
//
// "X mengatakan NATO meminta Y menunda …", "X menilai Pemkot membuka koridor tanpa mengajak
// Y berbicara": a request verb inside X's content is what X reports of its subject, the
// content's own predicate, no request voiced anew; the whole clause stays X's (the dev gold
// reads it so throughout: "mengatakan bursa meminta perseroan menjelaskan …", "menyebut OJK
// sudah meminta pendiri menyetor …"). Only a subject opening a clause of its own ("…,
// sementara NATO meminta …", "… dan Y meminta …") reports a second statement. After
// "Menurut X," the gold gives the request to its subject (find.ts reads only a verb's content so).
import { isSpace, wordAfter, wordBefore } from '../../text/chars';
import { CONTRAST_OPENERS } from './contrasted-speaker';
import { REQUEST_VERB_WORDS } from './cues';
import { COORDINATOR_WORDS, TURN_WORDS } from './joiners';

/** The subject phrase starting at `subjectStart` is the object of a request verb right
 *  before it ("meminta [Pelindo] menyampaikan …"), within the statement from `floor`. */
export function requestedOfSubject(p: string, subjectStart: number, floor: number): boolean {
  const w = wordBefore(p, subjectStart, floor);
  return w !== null && REQUEST_VERB_WORDS.hasAt(p, w.start, w.end);
}

/** The request verb [at, verbEnd), whose subject phrase starts at `cut` inside the statement
 *  from `floor`, is part of that statement's content: the subject opens no clause of its own
 *  (no comma before it, no coordinator or contrast word leading it). */
export function requestInsideContent(p: string, at: number, verbEnd: number, cut: number, floor: number): boolean {
  if (!REQUEST_VERB_WORDS.hasAt(p, at, verbEnd)) return false;
  if (cut <= floor) return true;
  const lead = wordAfter(p, cut, at);
  if (lead !== null && lead.start === cut && (COORDINATOR_WORDS.hasAt(p, lead.start, lead.end) || CONTRAST_OPENERS.hasAt(p, lead.start, lead.end) || TURN_WORDS.hasAt(p, lead.start, lead.end))) return false;
  let k = cut;
  while (k > floor && isSpace(p.charCodeAt(k - 1))) k--;
  return p.charCodeAt(k - 1) !== 44 && p.charCodeAt(k - 1) !== 59;
}
