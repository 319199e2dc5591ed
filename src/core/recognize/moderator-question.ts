// "Moderator lalu menoleh ke peneliti BRIN, Yulia Andriani. “Bu Yulia, bagaimana …?”",
// "Penyiar lalu menanyakan kesiapan rumah sakit. “Dokter, apakah …?”": an uncued question
// right after a sentence whose subject is the moderator (or host, presenter) is the
// moderator's, never the one it addresses. The link pass finds the person the article
// introduced in that role ("dipandu dosen X", "Pembawa acara X": described-person.ts's
// 'moderator' class).
import { isSpace } from '../text/chars';

/** The head the link pass resolves (described-person.ts). */
export const MODERATOR_HEAD = 'moderator';

const ROLE_RE = /(?:Sang |Para )?(?:[Mm]oderator|[Pp]embawa acara|[Pp]enyiar|[Pp]emandu (?:acara|diskusi)|[Hh]ost)\b/y;

/** The quote at [start, end) asks a question and follows, in its paragraph, a sentence
 *  opened by the moderator's role word. */
export function moderatorAsks(p: string, start: number, end: number): boolean {
  if (!asks(p, start, end)) return false;
  // The sentence before the quote: back over blanks to its full stop, then to its start.
  let k = start;
  while (k > 0 && isSpace(p.charCodeAt(k - 1))) k--;
  if (k === 0 || p.charCodeAt(k - 1) !== 46) return false;
  let s = k - 1;
  while (s > 0 && !sentenceEndAt(p, s - 1)) s--;
  while (s < k && isSpace(p.charCodeAt(s))) s++;
  ROLE_RE.lastIndex = s;
  return ROLE_RE.test(p);
}

/** A question mark right before the closing mark (or the quote's end). */
function asks(p: string, start: number, end: number): boolean {
  for (let k = end - 1; k > start && k >= end - 3; k--) if (p.charCodeAt(k) === 63) return true;
  return false;
}

function sentenceEndAt(p: string, k: number): boolean {
  const c = p.charCodeAt(k);
  return (c === 46 || c === 33 || c === 63) && isSpace(p.charCodeAt(k + 1));
}
