// Interviews printed with both sides in quotation marks behind one-letter or one-word labels
//   T: “Apa yang salah dengan tiga pemain Anda?”     (the interviewer's question)
//   J: “Secara teknik mereka siap. …”                 (the interviewee's answer)
// The question label names the journalist the article introduced as the one interviewing
// ("menerima wartawan Tempo Fikri Ramadhan", "Jurnalis KONTAN Dimas …"), read by the link
// pass as a description's head (described-person.ts's class of that name); with nobody so
// introduced the question is nobody's. The answer label names nobody either (turn-labels.ts's
// answerLabelled): the answers are the interviewee's, the person reported speaking before
// the exchange began, who keeps them when a second guest takes one turn under their own
// name ("Dimas: “…”") in between (issue 13: every turn of a quoted T/J interview went to
// the last person named).
import { INTERVIEWER_HEAD } from './turn-labels';
import type { ActorMention } from './types';

export { INTERVIEWER_HEAD };

/** Title words that introduce the journalist doing an interview. */
export const INTERVIEWER_TITLES: readonly string[] = ['pewawancara', 'wartawan', 'jurnalis', 'reporter', 'pewarta'];

/** Who answers an answer-labelled turn: the interviewee the exchange already has, else the
 *  person last reported speaking (`voiced`) unless that is the one who asked the question
 *  just before (an interviewer introduced with a reporting verb). */
export function intervieweeOf(interviewee: ActorMention | null, voiced: ActorMention | null, asker: ActorMention | null): ActorMention | null {
  if (interviewee !== null) return interviewee;
  if (voiced === null || (asker !== null && asker.canonical === voiced.canonical)) return null;
  return voiced;
}
