// Interviews printed as questions without quotation marks ("Mengapa klub memilih …?") and
// answers in quotation marks with no attribution: the answers are the interviewee's, the
// person who had the floor before the exchange began.
import { endsSentenceOrTurn } from '../text/chars';

/** How long a line asking a question may be: an interviewer's question is one sentence or
 *  two, a paragraph of narration that merely ends in "?" runs longer. */
const MAX_QUESTION = 240;

/** [start, end) is a question line: it ends in "?" (spaces after it aside), has no quotation
 *  mark (a quoted question is a quote of the interviewer, turns.ts reads those) and is short. */
export function isQuestionLine(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 13)) e--;
  if (e <= start || e - start > MAX_QUESTION || text.charCodeAt(e - 1) !== 63) return false;
  for (let i = start; i < e; i++) if (QUOTE_MARKS.has(text.charCodeAt(i))) return false;
  return true;
}
// Double marks only: ’ and ‘ are apostrophes inside Indonesian words too ("Ma’ruf", "Jum’at").
const QUOTE_MARKS = new Set([34, 0x201c, 0x201d, 0xab, 0xbb]);

/** The sentence right before a quote at `quoteStart` (back to the previous sentence end,
 *  closing quotation mark or the paragraph's start `from`) is a question line: on one line
 *  (an article whose paragraph breaks were lost) the interviewer's unquoted question
 *  stands between sentence ends instead of on a line of its own. Empty when the quote
 *  opens its paragraph. */
export function questionSentenceBefore(text: string, from: number, quoteStart: number): boolean {
  let e = quoteStart;
  while (e > from && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e <= from || text.charCodeAt(e - 1) !== 63) return false;
  let s = e - 1;
  const floor = Math.max(from, e - MAX_QUESTION - 1);
  while (s > floor && !endsSentenceOrTurn(text.charCodeAt(s - 1))) s--;
  if (s === floor && s !== from) return false;
  while (s < e && text.charCodeAt(s) === 32) s++;
  return isQuestionLine(text, s, e);
}

