// A content that ends in a question mark asks; it states nothing (spec, "Not reported
// speech": questions). The labelled interview prints the interviewer's questions as
// "Outlet: Mengapa …?" lines, which the headline form "X: <statement>" would otherwise take
// as the outlet's statement; a verb whose clause runs to "?" ("mempertanyakan siapa … ?")
// is a question asked in the writer's sentence. No dev gold statement ends in "?".
import { isClosingQuote, isSpace } from '../../text/chars';

/** The content [start, end) ends in "?" or runs up to one (past spaces and closing marks). */
export function asksQuestion(p: string, start: number, end: number): boolean {
  if (end > start && p.charCodeAt(end - 1) === 63) return true;
  let k = end;
  while (k < p.length && (isSpace(p.charCodeAt(k)) || closesContent(p.charCodeAt(k)))) k++;
  return k < p.length && p.charCodeAt(k) === 63;
}

/** A closing quotation mark (chars.ts), a single one or a bracket: what may stand between a
 *  content's end and its "?". */
function closesContent(c: number): boolean {
  return isClosingQuote(c) || c === 0x2019 || c === 41;
}
