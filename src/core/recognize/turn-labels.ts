// Transcripts printed turn by turn, each turn opened by a label and a colon:
//   Hakim: “Uang itu untuk apa?”            (a hearing: the label is a role)
//   Saksi: “Supaya dokumen cepat diteken.”
//   Teradu II: “Saya sedang di lapangan.”   (a party of the proceeding, proceeding-parties.ts)
//   Tanya: Apakah akan ada PHK susulan?        (an interview: the labels are the two sides)
//   Jawab: “Tidak tahun ini.”
// A role label names nobody by itself: the speaker is the person the article introduced in
// that role ("Ketua Majelis Hakim Theresia Mbiri", "dua saksi: nakhoda … Fransiskus"), which
// the link pass finds by the role as a description's head (described-person.ts). An answer
// label is the interviewee's turn: it names nobody either (the link pass gives an answer after
// a question line to the interviewee), and it must not be read as a name ("Jawab" was taken
// for a person and then for the speaker of every answer).
import { isSpace, isUpper, isWordChar } from '../text/chars';
import { opensTurn } from './turns';
import { partyLabelRole } from './proceeding-parties';

/** The head the link pass looks an interviewer up by (described-person.ts, interview-turns.ts). */
export const INTERVIEWER_HEAD = 'pewawancara';

/** The heads the link pass looks a panel's chair and its members up by (described-person.ts). */
export const CHAIR_HEAD = 'ketua majelis';
export const PANEL_MEMBER_HEAD = 'anggota majelis';

/** A label's role, in the lower case the link pass matches against title words; '' for an
 *  interview's answer, which has no role to look up. The parties of a proceeding, with or
 *  without their number, are read by partyLabelRole. */
const LABELS: ReadonlyMap<string, string> = new Map([
  ['hakim', 'hakim'], ['hakim ketua', 'hakim'], ['majelis hakim', 'hakim'],
  // The chair and the members of a panel that may not be judges (an ethics council, a
  // commission): classes of titles in described-person.ts.
  ['ketua majelis', CHAIR_HEAD], ['anggota majelis', PANEL_MEMBER_HEAD], ['hakim anggota', PANEL_MEMBER_HEAD],
  ['jaksa', 'jaksa'], ['jpu', 'jaksa'], ['penuntut umum', 'penuntut'],
  ['saksi', 'saksi'], ['terdakwa', 'terdakwa'], ['penasihat hukum', 'penasihat'], ['pengacara', 'pengacara'], ['kuasa hukum', 'kuasa hukum'],
  ['moderator', 'moderator'], ['penyiar', 'penyiar'], ['pembawa acara', 'pembawa acara'],
  // A question label is the interviewer's (interview-turns.ts); an answer label names nobody.
  ['tanya', INTERVIEWER_HEAD], ['pertanyaan', INTERVIEWER_HEAD], ['t', INTERVIEWER_HEAD], ['p', INTERVIEWER_HEAD], ['jawab', ''], ['jawaban', ''], ['j', ''],
]);

/** The longest label, in characters: a longer text before the colon is no label
 *  ("Kuasa Penggugat II"). */
const MAX_LABEL = 20;

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
  // A party's number after its words ("Teradu II"): the words end before it. (A word in
  // capitals that is no party's number may be a label itself: "JPU".)
  const numeral = numeralBefore(p, end, floor);
  if (numeral >= 0) {
    let wordsEnd = numeral;
    while (wordsEnd > floor && p.charCodeAt(wordsEnd - 1) === 32) wordsEnd--;
    const numbered = labelWords(p, wordsEnd, end, floor, p.slice(numeral, end));
    if (numbered !== null) return numbered;
  }
  return labelWords(p, end, end, floor, '');
}

/** A label of one or two words ending at `wordsEnd` (the whole label, with a party's
 *  `numeral` when not '', ending at `end`), no longer than from `floor`, opening a turn. */
function labelWords(p: string, wordsEnd: number, end: number, floor: number, numeral: string): TurnLabel | null {
  let start = wordsEnd;
  for (let words = 0; words < 2; words++) {
    // Back over one word, then over the blanks before it.
    while (start > floor && isWordChar(p.charCodeAt(start - 1))) start--;
    if (start === wordsEnd || (start > 0 && isWordChar(p.charCodeAt(start - 1)))) return null;
    const label = p.slice(start, wordsEnd).toLowerCase();
    const role = numeral === '' ? LABELS.get(label) ?? partyLabelRole(label, '') : partyLabelRole(label, numeral);
    if (role !== undefined && opensTurn(p, start)) return { start, end, role };
    while (start > floor && p.charCodeAt(start - 1) === 32) start--;
    if (start === floor) return null;
  }
  return null;
}

/** Where a word in capitals ending at `end` starts, after a blank, at or after `floor` (a
 *  party's Roman numeral, which partyLabelRole checks); -1 when there is none. */
function numeralBefore(p: string, end: number, floor: number): number {
  let k = end;
  while (k > floor && isUpper(p.charCodeAt(k - 1))) k--;
  return k < end && k > floor && p.charCodeAt(k - 1) === 32 ? k : -1;
}

/** The quote opening at `quoteStart` is a turn labelled as an interview's answer ("J:",
 *  "Jawab:"): the interviewee's (interview-turns.ts). */
export function answerLabelled(text: string, quoteStart: number): boolean {
  const label = turnLabelBefore(text, quoteStart);
  return label !== null && label.role === '';
}
