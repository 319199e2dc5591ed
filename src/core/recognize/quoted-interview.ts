// Interviews introduced as such and printed as quoted questions and quoted answers with
// neither labels nor cues:
//   Wartawan Tempo Fikri Ramadhan mewawancarai Menteri Budi Santoso di kantornya.
//   “Bagaimana persiapan angkutan Lebaran?”      (the interviewer's question)
//   “Kami menyiapkan 300 bus tambahan.”           (the interviewee's answer)
// The convention of the gold (eval/README: a journalist's question in quotes is the
// journalist's, nobody's when unnamed): a whole-paragraph quote that asks is the
// interviewer's (the journalist named in the introduction, else nobody: "Wartawan Antara"
// or "Tempo.co" names no person), one that does not ask is the interviewee's, the one named
// after the verb (issue 13: every turn went to the journalist or the outlet named first).
// Labelled turns ("T: “…”", turn-labels.ts) and questions printed without quotation marks
// (interview-questions.ts) are read elsewhere; this reads only uncued whole-paragraph quotes.
import { interviewedIn, interviewVerbIn, journalistObjectAt, namedSubjectOfVerb } from './interview-turns';
import type { ActorMention } from './types';

/** The two parties of an interview and where its introduction's verb stands. */
export interface QuotedInterview {
  readonly interviewer: ActorMention | null;
  readonly interviewee: ActorMention;
  readonly verb: number;
}

/** The interview introduced in text[from, to) ("… mewawancarai X", "… berbincang dengan X"):
 *  the one interviewed must be a person; the interviewer is the person opening the
 *  introduction's sentence (or, when the subject talks with a journalist, the journalist
 *  named after the verb), else nobody. Mentions are in text order from index `k0`. */
export function quotedInterviewIn(text: string, from: number, to: number, mentions: readonly ActorMention[], k0: number,
  isPerson: (k: number) => boolean): QuotedInterview | null {
  const verb = interviewVerbIn(text, from, to);
  if (verb < 0) return null;
  const interviewee = interviewedIn(text, from, to, mentions, k0, isPerson);
  if (interviewee === null) return null;
  let interviewer: ActorMention | null = null;
  if (journalistObjectAt(text, verb)) {
    // "Pelatih X berbincang dengan wartawan Kompas, Rina …": the journalist after the verb.
    for (let k = k0; k < mentions.length && mentions[k].start < to && interviewer === null; k++) {
      if (mentions[k].start > verb && mentions[k] !== interviewee && mentions[k].canonical !== interviewee.canonical && isPerson(k)) interviewer = mentions[k];
    }
  } else {
    interviewer = namedSubjectOfVerb(text, from, verb, mentions, k0, isPerson);
    if (interviewer !== null && interviewer.canonical === interviewee.canonical) interviewer = null;
  }
  return { interviewer, interviewee, verb };
}

/** Who says an uncued whole-paragraph quote of the interview: the interviewer when it asks
 *  (a question mark before its closing mark), else the interviewee. */
export function quotedInterviewTurn(interview: QuotedInterview, asks: boolean): ActorMention | null {
  return asks ? interview.interviewer : interview.interviewee;
}

/** Whether mentions [k0, k1) (a paragraph of narration between two turns) name a person
 *  other than the interview's two parties: "Sehari kemudian, Ganjar berkomentar." brings in
 *  a new speaker, and the uncued quote after it is his, no longer a turn of the interview.
 *  Narration about the two parties ("Ia lalu tersenyum.") keeps the exchange going. */
export function bringsInOther(interview: QuotedInterview, mentions: readonly ActorMention[], k0: number, k1: number,
  isPerson: (k: number) => boolean): boolean {
  for (let k = k0; k < k1; k++) {
    if (!isPerson(k)) continue;
    const c = mentions[k].canonical;
    if (c !== interview.interviewee.canonical && (interview.interviewer === null || c !== interview.interviewer.canonical)) return true;
  }
  return false;
}
