// Transcripts printed turn by turn, each turn opened by a label and a colon:
//   Hakim: “Uang itu untuk apa?”            (a hearing: the label is a role)
//   Saksi: “Supaya dokumen cepat diteken.”
//   Tanya: Apakah akan ada PHK lagi?        (an interview: the labels are the two sides)
//   Jawab: “Tidak tahun ini.”
// A role label names nobody by itself: the speaker is the person the article introduced in
// that role ("Ketua Majelis Hakim Theresia Mbiri", "dua saksi: nakhoda … Fransiskus"), which
// the link pass finds by the role as a description's head (described-person.ts). An answer
// label is the interviewee's turn: it names nobody either (the link pass gives an answer after
// a question line to the interviewee), and it must not be read as a name ("Jawab" was taken
// for a person and then for the speaker of every answer).
import { isSpace, isWordChar } from '../text/chars';
import { opensTurn } from './turns';

/** The head the link pass looks an interviewer up by (described-person.ts, interview-turns.ts). */
export const INTERVIEWER_HEAD = 'pewawancara';

/** A label's role, in the lower case the link pass matches against title words; '' for an
 *  interview's answer, which has no role to look up. */
const LABELS: ReadonlyMap<string, string> = new Map([
  ['hakim', 'hakim'], ['hakim ketua', 'hakim'], ['ketua majelis', 'hakim'], ['majelis hakim', 'hakim'],
  ['jaksa', 'jaksa'], ['jpu', 'jaksa'], ['penuntut umum', 'penuntut'],
  ['saksi', 'saksi'], ['terdakwa', 'terdakwa'], ['penasihat hukum', 'penasihat'], ['pengacara', 'pengacara'], ['kuasa hukum', 'kuasa hukum'],
  ['moderator', 'moderator'], ['penyiar', 'penyiar'], ['pembawa acara', 'pembawa acara'],
  // A question label is the interviewer's (interview-turns.ts); an answer label names nobody.
  ['tanya', INTERVIEWER_HEAD], ['pertanyaan', INTERVIEWER_HEAD], ['t', INTERVIEWER_HEAD], ['p', INTERVIEWER_HEAD], ['jawab', ''], ['jawaban', ''], ['j', ''],
]);

/** The longest label, in characters: a longer text before the colon is no label. */
const MAX_LABEL = 16;

export interface TurnLabel {
  /** Where the label starts and ends (before its colon), in the paragraph. */
  start: number;
  end: number;
  /** The role to look the speaker up by, or '' for an interview's answer. */
  role: string;
}

/** The label of the turn whose quote opens at `quoteStart`: a label word or two opening a
 *  turn, then a colon, then (after blanks) the quote. Null otherwise. */
export function turnLabelBefore(p: string, quoteStart: number): TurnLabel | null {
  let k = quoteStart;
  while (k > 0 && isSpace(p.charCodeAt(k - 1))) k--;
  if (k === 0 || p.charCodeAt(k - 1) !== 58) return null;
  return labelEndingAt(p, k - 1);
}

/** A label of one or two words ends at `colon` (the colon's index) and opens a turn: it
 *  starts the paragraph, or follows a sentence end or a closing quotation mark (an article
 *  delivered as one line keeps its transcript's turns: turns.ts's opensTurn). */
export function labelEndingAt(p: string, colon: number): TurnLabel | null {
  let end = colon;
  while (end > 0 && isSpace(p.charCodeAt(end - 1))) end--;
  const floor = Math.max(0, end - MAX_LABEL);
  let start = end;
  for (let words = 0; words < 2; words++) {
    // Back over one word, then over the blanks before it.
    while (start > floor && isWordChar(p.charCodeAt(start - 1))) start--;
    if (start === end || (start > 0 && isWordChar(p.charCodeAt(start - 1)))) return null;
    const role = LABELS.get(p.slice(start, end).toLowerCase());
    if (role !== undefined && opensTurn(p, start)) return { start, end, role };
    while (start > floor && p.charCodeAt(start - 1) === 32) start--;
    if (start === floor) return null;
  }
  return null;
}

/** The quote opening at `quoteStart` is a turn labelled as an interview's answer ("J:",
 *  "Jawab:"): the interviewee's (interview-turns.ts). */
export function answerLabelled(text: string, quoteStart: number): boolean {
  const label = turnLabelBefore(text, quoteStart);
  return label !== null && label.role === '';
}
