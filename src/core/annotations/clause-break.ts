/**
 * Where a sentence's clause ends and a joined one begins, as the annotation steps read it:
 * a coordinator ("dan", "namun") or a contrast opener ("sementara", "sedangkan") right
 * after a comma, or any word right after a semicolon. "X yakin harga turun, sementara
 * [warga masih antre]": the bracketed clause is no longer X's belief. A comma before any
 * other word ("X yakin, setelah meninjau pasar, …") is an aside, no break. The one owner of
 * this for opening-subject.ts (a subject's predicate introduces no clause past a break) and
 * narration.ts (an attitude word counts only for its own clause). Pure.
 */
import { CONTRAST_OPENERS } from '../recognize/reported/contrasted-speaker';
import { COORDINATOR_WORDS } from '../recognize/reported/joiners';

/** Whether the word [wordStart, wordEnd) of `text` opens a joined clause; reads back at
 *  most three characters, none before `floor`. */
export function opensJoinedClause(text: string, wordStart: number, wordEnd: number, floor = 0): boolean {
  const before = text.slice(Math.max(floor, wordStart - 3), wordStart);
  if (/;\s*$/.test(before)) return true;
  return /,\s*$/.test(before) && (COORDINATOR_WORDS.hasAt(text, wordStart, wordEnd) || CONTRAST_OPENERS.hasAt(text, wordStart, wordEnd));
}
