// Turns of a dialogue written as quotes ("…?" tanya hakim. "…," jawab terdakwa. "Lalu
// buat siapa?" "Untuk kas bersama."), read without paragraph breaks. A turn used to be a
// paragraph; an article delivered as one line has none, so a turn is also a quote that
// stands between sentence ends and quotation marks (issue 13: one-line articles lost the
// question-and-answer alternation).
import { endsSentenceOrTurn, isBlank, isSentenceEnd } from '../text/chars';

/** The quote opening at `start` opens a turn: only blanks before it since the start of the
 *  text, a line break, a sentence end or a closing quotation mark. */
export function opensTurn(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  return c === 10 || c === 13 || endsSentenceOrTurn(c);
}

/** The quote ending at `end` closes a turn: only blanks after it up to the end of the
 *  text, a line break or the next opening quotation mark; or it ends a sentence inside
 *  its marks and the next sentence starts (the exchange's last turn, on one line). */
export function closesTurn(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  if (c === 10 || c === 13 || c === 0x201c || c === 34) return true;
  const last = text.charCodeAt(end - 2);
  return k > end && isSentenceEnd(last) && c >= 65 && c <= 90;
}

/** Longest text between two turns of one exchange ("… jawab Syahrani. "). */
const MAX_GLUE = 45;

/** [from, to) only joins two turns: blanks, or a short attribution ending its sentence
 *  (", tanya Andini. "), with no line break and no quotation mark. */
export function turnGlue(text: string, from: number, to: number): boolean {
  if (to < from || to - from > MAX_GLUE) return false;
  let last = -1;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x201c || c === 0x201d || c === 34) return false;
    if (!isBlank(c)) last = c;
  }
  return last === -1 || last === 46;
}

