// "Moderator lalu menoleh ke peneliti BRIN, Yulia Tilunu. “Bu Yulia, bagaimana …?”",
// "Pembawa acara kemudian bertanya soal kesiapan puskesmas. “Dok, apakah …?”": an uncued question
// right after a sentence whose subject is the moderator (or host, presenter) is the
// moderator's, never the one it addresses. The link pass finds the person the article
// introduced in that role ("dipandu dosen X", "Pembawa acara X": described-person.ts's
// 'moderator' class). A moderator who hands the floor ("Moderator lalu mempersilakan Budi
// Santoso berbicara.", "memberi kesempatan kepada …") does not ask the question after it:
// the one given the floor does.
import { isSpace } from '../text/chars';
import { asksQuestion } from './unnamed-questions';

/** The head the link pass resolves (described-person.ts). */
export const MODERATOR_HEAD = 'moderator';

/** How far back from its full stop the sentence before the quote may start: the walk
 *  stops there, so a paragraph of unspaced sentences costs a bounded scan per quote. */
const MAX_SENTENCE_REACH = 300;

const ROLE_RE = /(?:Sang |Para )?(?:[Mm]oderator|[Pp]embawa acara|[Pp]enyiar|[Pp]emandu (?:acara|diskusi)|[Hh]ost)\b/y;

/** Verbs by which the moderator gives the floor to someone else. */
const HANDS_FLOOR_RE = /\b(?:mempersilakan|mempersilahkan|member(?:i|ikan) kesempatan)\b/;

/** The quote at [start, end) asks a question and follows, in its paragraph, a sentence
 *  opened by the moderator's role word that does not hand the floor to another. */
export function moderatorAsks(p: string, start: number, end: number): boolean {
  if (!asksQuestion(p, end)) return false;
  // The sentence before the quote: back over blanks to its full stop, then to its start.
  let k = start;
  while (k > 0 && isSpace(p.charCodeAt(k - 1))) k--;
  if (k === 0 || p.charCodeAt(k - 1) !== 46) return false;
  const floor = Math.max(0, k - 1 - MAX_SENTENCE_REACH);
  let s = k - 1;
  while (s > floor && !sentenceEndAt(p, s - 1)) s--;
  while (s < k && isSpace(p.charCodeAt(s))) s++;
  ROLE_RE.lastIndex = s;
  if (!ROLE_RE.test(p)) return false;
  return !HANDS_FLOOR_RE.test(p.slice(s, k));
}

/** A sentence ends at `k`: a full stop, question or exclamation mark before a blank, or a
 *  closing quotation mark right after one ('… kabar?”Moderator …', '… ujarnya."'). */
function sentenceEndAt(p: string, k: number): boolean {
  const c = p.charCodeAt(k);
  if ((c === 46 || c === 33 || c === 63) && isSpace(p.charCodeAt(k + 1))) return true;
  if (k === 0 || (c !== 0x201d && c !== 34)) return false;
  const b = p.charCodeAt(k - 1);
  return b === 46 || b === 33 || b === 63;
}
