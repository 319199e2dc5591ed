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

/** The transcript's announcement goes on to name whom it interviews ("… wawancara dengan
 *  Puan"); the capture is the name's first word. */
const NAMES_INTERVIEWEE_RE = /^[\p{L} ]{0,30}?,? (?:dengan|bersama) (\p{Lu}[\p{L}'-]*)/u;

/** Where the last "menerima <outlet or journalist>" of text[from, to) starts whose paragraph
 *  announces the transcript after it, else -1. */
export function hostInterviewVerbIn(text: string, from: number, to: number): number {
  let verb = -1;
  const part = text.slice(from, to);
  for (const m of part.matchAll(HOSTS_RE)) {
    const at = m.index as number;
    const lineEnd = part.indexOf('\n', at);
    const line = part.slice(at, lineEnd < 0 ? part.length : lineEnd);
    const transcript = TRANSCRIPT_RE.exec(line);
    // ("menerima Bantuan Presiden … Berikut petikan wawancara dengan Puan": the transcript
    // names its own interviewee, someone other than the one who received something, named
    // before the verb. review50)
    if (transcript === null) continue;
    const named = NAMES_INTERVIEWEE_RE.exec(line.slice(transcript.index + transcript[0].length));
    if (named === null || namedBefore(part, at, named[1])) verb = from + at;
  }
  return verb;
}

/** `word` (letters, hyphens, apostrophes: no pattern character) stands as a whole word in
 *  part[0, at) (the host's name before "menerima"). */
function namedBefore(part: string, at: number, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(part.slice(0, at));
}
