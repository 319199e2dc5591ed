// "X menyatakan pihaknya meminta Y menyampaikan laporan …": a reporting verb whose subject
// is the object of a request verb right before it names what Y is asked to do. It reports
// nothing Y said, so it is no nested statement: X's statement keeps its whole content
// (spec: nested reporting gives the statement to the subject of the verb that governs the
// content; here the request verb governs it, and its subject is X's side).
import { wordBefore } from '../../text/chars';
import { REQUEST_VERB_WORDS } from './cues';

/** The subject phrase starting at `subjectStart` is the object of a request verb right
 *  before it ("meminta [Pelindo] menyampaikan …"), within the statement from `floor`. */
export function requestedOfSubject(p: string, subjectStart: number, floor: number): boolean {
  const w = wordBefore(p, subjectStart, floor);
  return w !== null && REQUEST_VERB_WORDS.hasAt(p, w.start, w.end);
}
