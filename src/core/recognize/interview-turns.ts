// Interviews printed with both sides in quotation marks behind one-letter or one-word labels
//   T: “Apa yang kurang dari tiga pemain Anda?”     (the interviewer's question)
//   J: “Secara teknik mereka siap. …”                 (the interviewee's answer)
// The question label names the journalist the article introduced as the one interviewing
// ("menerima wartawan Tempo Fikri Ramadhan", "Jurnalis KONTAN Dimas …"), read by the link
// pass as a description's head (described-person.ts's class of that name); with nobody so
// introduced the question is nobody's. The answer label names nobody either (turn-labels.ts's
// answerLabelled): the answers are the interviewee's, the person reported speaking before
// the exchange began, who keeps them when a second guest takes one turn under their own
// name ("Dimas: “…”") in between (issue 13: every turn of a quoted T/J interview went to
// the last person named).
import { askedPersonAt } from './question-addressee';
import { pronounInterviewee, pronounInterviewVerbIn } from './interview-pronoun';
import { hostInterviewVerbIn } from './interview-host';
import { announcedInterviewee } from './interview-announcement';
import { isAbbreviationDot, sentenceStartBefore } from './sentence-end';
import { JOURNALIST_TITLES } from './lexicon';
import { INTERVIEWER_HEAD } from './turn-labels';
import type { ActorMention } from './types';

/** Title words that introduce the journalist doing an interview. */
export const INTERVIEWER_TITLES: readonly string[] = [INTERVIEWER_HEAD, ...JOURNALIST_TITLES];

/** Who answers an answer-labelled turn: the interviewee the exchange already has, else the
 *  person last reported speaking (`voiced`) unless that is the one who asked the question
 *  just before (an interviewer introduced with a reporting verb). */
export function intervieweeOf(interviewee: ActorMention | null, voiced: ActorMention | null, asker: ActorMention | null): ActorMention | null {
  if (interviewee !== null) return interviewee;
  if (voiced === null || (asker !== null && asker.canonical === voiced.canonical)) return null;
  return voiced;
}

/** "Wartawan Tempo Fikri … mewawancarai Menteri Budi Santoso di kantornya.", "Tempo.co
 *  berbincang dengan sutradara Yuliana … Berikut petikannya.", "Petikan wawancara Antara
 *  dengan pelatih …, Rudi …": the one interviewed, named right after the verb (or after an
 *  interview's noun and the outlet that held it: at most two capitalised words), title words
 *  between, is the interviewee the answers are given to, even before they are reported
 *  saying anything. */
const INTERVIEWS_RE = /(?<![\p{L}])(?:mewawancara(?:i)?|berbincang(?:-bincang)? (?:dengan|bersama)|wawancara(?: \p{Lu}[\p{L}\p{N}.-]*){0,2} (?:dengan|bersama)) /gu;

/** The person named as the object of the last "mewawancarai" ("berbincang dengan") in text[from, to), among the
 *  mentions (in text order, from index `k0`, none before `from`) of which `isPerson(k)`
 *  holds; else null. */
export function interviewedIn(text: string, from: number, to: number, mentions: readonly ActorMention[], k0: number, isPerson: (k: number) => boolean): ActorMention | null {
  const verb = interviewVerbIn(text, from, to);
  // "Kompas.com menemuinya …. Berikut petikan wawancaranya." (interview-pronoun.ts)
  if (pronounInterviewVerbIn(text, Math.max(from, verb), to) > verb) return pronounInterviewee(text, from, to, mentions, k0, isPerson);
  // "Direktur …, Hendra …, menerima Pikiran Rakyat …. Berikut petikan wawancaranya.": the
  // host, the subject of the sentence (interview-host.ts).
  const host = hostInterviewVerbIn(text, Math.max(from, verb), to);
  if (host > verb) return namedSubjectOfVerb(text, from, host, mentions, k0, isPerson);
  // "Tribun menemui Kepala …, dr. Hendra …. Berikut petikannya.": no interview verb, the
  // person the announcement's paragraph names (interview-announcement.ts).
  if (verb < 0) return announcedInterviewee(text, from, to, mentions, k0, isPerson);
  const object = verb + (text.slice(verb, to).match(INTERVIEW_VERB_RE) as RegExpMatchArray)[0].length;
  // "Pelatih …, Satoru Mochizuki, berbincang dengan wartawan Kompas, Rina …": talking with a
  // journalist, the subject is the one interviewed (speakers44).
  if (JOURNALIST_RE.test(text.slice(object, object + 12))) return namedSubjectOfVerb(text, from, verb, mentions, k0, isPerson);
  for (let k = k0; k < mentions.length; k++) {
    const start = mentions[k].start;
    if (start >= to) return null;
    // (a place or a body inside the description is passed over: "dengan pelatih tim dayung
    // Jawa Barat, Rudi …"; the words up to the person are what must describe them)
    if (start < object || !isPerson(k)) continue;
    return askedPersonAt(text, object, start) || describedThenNamed(text, object, start) ? mentions[k] : null;
  }
  return null;
}

/** "mewawancarai pelatih tunggal putri, Retno …", "mewawancarai Kepala SMA Negeri 3 Solo,
 *  Bambang …": the one interviewed described in words askedPersonAt does not take (lower-case
 *  ones, a number), then named in apposition after a comma; text[object, name) is that
 *  description alone (letters, digits, blanks and hyphens, no sentence end, no second comma). */
const DESCRIBED_THEN_NAMED = /^[\p{L}\p{N} -]{2,60}, $/u;
function describedThenNamed(text: string, object: number, name: number): boolean {
  let words = text.slice(object, name);
  // ("mewawancarai peneliti reptil Universitas X, Dr. Yoga …": an abbreviated title before
  // the name, sentence-end.ts's, stands after the comma)
  const title = TITLE_BEFORE_NAME_RE.exec(words);
  if (title !== null && isAbbreviationDot(text, object + title.index + title[0].length - 2)) words = words.slice(0, title.index);
  return DESCRIBED_THEN_NAMED.test(words);
}
const TITLE_BEFORE_NAME_RE = /(?<=, )\p{L}{1,7}\. $/u;

/** Where the last "mewawancarai" ("berbincang dengan") in text[from, to) starts, else -1. */
export function interviewVerbIn(text: string, from: number, to: number): number {
  let verb = -1;
  for (const m of text.slice(from, to).matchAll(INTERVIEWS_RE)) verb = from + (m.index as number);
  return verb;
}
const INTERVIEW_VERB_RE = new RegExp(`^${INTERVIEWS_RE.source}`, 'u');

/** The verb at `verb` has a journalist for its object ("berbincang dengan wartawan Kompas, Rina …"). */
export function journalistObjectAt(text: string, verb: number): boolean {
  const object = verb + (text.slice(verb, verb + 40).match(INTERVIEW_VERB_RE) as RegExpMatchArray)[0].length;
  return JOURNALIST_RE.test(text.slice(object, object + 12));
}

/** A journalist's word opening the object ("wartawan Kompas, …", "jurnalis …"). */
const JOURNALIST_RE = new RegExp(`^(?:${JOURNALIST_TITLES.join('|')})(?![\\p{L}])`, 'iu');

/** The first person named in the sentence holding `verb`, before it (from `from` on). */
export function namedSubjectOfVerb(text: string, from: number, verb: number, mentions: readonly ActorMention[], k0: number, isPerson: (k: number) => boolean): ActorMention | null {
  // (a sentence end as sentence-end.ts reads one: "Jl. Kenanga" and "dr. Rina" end none)
  const s = sentenceStartBefore(text, verb, from);
  for (let k = k0; k < mentions.length && mentions[k].start < verb; k++) if (mentions[k].start >= s && isPerson(k)) return mentions[k];
  return null;
}
