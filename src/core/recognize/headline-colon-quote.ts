// 'Budi Santoso: "Kami Tidak Takut"', 'Kapolres Soal Tawuran: "Kami Tindak Tegas"': a headline
// quotes after its colon, and in a Title Case headline the quoted words are capitalised too.
// Three or four capitalised words in quotes elsewhere are a title or a coined name's ("Koalisi
// Pihak yang Bersedia", attribution.ts looksLikeName), but a quote that closes a line of its
// own right after a colon is what the line's label said (session 48: such headline quotes were
// found as no quote at all). A label that names a work or a slogan ("Film Terbaru Joko Anwar:",
// "Mengusung Tema:") announces a title, not a speaker's words (session 48 review).
import { HEADLINE_FUNCTION_WORDS } from './actors/line-mode';
import { CITATION_WORDS, WORK_NOUNS } from './cited-name-words';
import { TITLE_HEAD_WORDS } from './lexicon';

/** Words after which a headline's label names its topic, not its speaker ("Kapolres Soal Film:"). */
const TOPIC_WORDS = new Set(['soal', 'tentang', 'terkait']);

/** The quote [start, end) follows ": " and only closing marks or spaces follow it to the end
 *  of the paragraph `p`, a line in Title Case (a headline). */
export function quoteClosingHeadline(p: string, start: number, end: number): boolean {
  if (start < 3 || p.charCodeAt(start - 1) !== 32 || p.charCodeAt(start - 2) !== 58) return false;
  for (let k = end; k < p.length; k++) {
    const c = p.charCodeAt(k);
    if (c !== 32 && c !== 33 && c !== 63 && c !== 0x201d && c !== 34) return false;
  }
  // The label before the colon is in Title Case, as the quote is: only a headline's function
  // words ("soal", "di") are written lower-case ('Warga membawa spanduk bertuliskan: "Tolak
  // Tambang Pasir"' is a banner's text in a body sentence).
  for (const w of p.slice(0, start - 2).split(' ')) {
    if (w.length === 0) continue;
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122 && !HEADLINE_FUNCTION_WORDS.has(w)) return false;
    if (w.includes('\n') || /[.!?]$/.test(w)) return false; // one line, no sentence before the label
  }
  return !labelNamesWork(p, start - 2);
}

/** The label [0, end) names a work or a slogan ("Lagu Baru Raisa", "Mengusung Tema") before
 *  any title ("Sutradara Film X" is the director's label) or topic ("Kapolres Soal Film X"). */
function labelNamesWork(p: string, end: number): boolean {
  const re = /[\p{L}-]+/gu;
  re.lastIndex = p.lastIndexOf('\n', end) + 1;
  for (let m = re.exec(p); m !== null && m.index < end; m = re.exec(p)) {
    const s = m.index;
    const e = s + m[0].length;
    if (TITLE_HEAD_WORDS.hasAt(p, s, e) || TOPIC_WORDS.has(m[0].toLowerCase())) return false;
    if (WORK_NOUNS.hasAt(p, s, e) || CITATION_WORDS.hasAt(p, s, e)) return true;
  }
  return false;
}
