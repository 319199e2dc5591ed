// Interviews whose lead has the interviewee receive the outlet or its journalist:
//   Direktur pabrik, Hendra …, menerima Pikiran Rakyat di kantornya. Berikut petikan wawancaranya.
//   Kapan lini baru mulai berproduksi?      (the interviewer's unquoted question)
//   "Bulan depan. …"                         (the interviewee's answer)
// The meeting's host, the subject of "menerima", is the one interviewed; the object is the
// outlet or a journalist. "menerima" is an interview only when the paragraph announces the
// transcript after it ("petikan wawancara", "berikut petikannya"): receiving aid, a letter or
// a delegation is no interview. (speakers50b: every answer of dev d396 went to nobody, the
// last to another official quoted between the questions.)
import { JOURNALIST_TITLES } from './lexicon';
import { TRANSCRIPT_RE } from './interview-pronoun';

/** "menerima" before the outlet's name (a capital) or a journalist's word ("menerima
 *  wartawan Tribun, Dimas …"). */
const HOSTS_RE = new RegExp(`(?<![\\p{L}])menerima (?=\\p{Lu}|(?:${JOURNALIST_TITLES.join('|')})(?![\\p{L}]))`, 'gu');

/** Where the last "menerima <outlet or journalist>" of text[from, to) starts whose paragraph
 *  announces the transcript after it, else -1. */
export function hostInterviewVerbIn(text: string, from: number, to: number): number {
  let verb = -1;
  const part = text.slice(from, to);
  for (const m of part.matchAll(HOSTS_RE)) {
    const at = m.index as number;
    const lineEnd = part.indexOf('\n', at);
    if (TRANSCRIPT_RE.test(part.slice(at, lineEnd < 0 ? part.length : lineEnd))) verb = from + at;
  }
  return verb;
}
