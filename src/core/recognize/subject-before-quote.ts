// "Juru taktik asal Jepang, Kenji Morita, tampak melambai dari pinggir lapangan.
// “Naik! Tekan terus!”" (dev d236): a quote with no attribution right after a sentence that a
// person opens (with no reporting verb: "berteriak", "tersenyum", "menunjuk peta") is that
// person's. The link pass gave such a quote to the last quote's speaker (a continuation),
// as if the sentence between were narration about nobody. A person the sentence acts upon
// ("Tersangka X ditangkap polisi …", a passive di- verb after the name) is no such opener:
// the words after it are the agent's or the earlier speaker's (review43). Unless the quote
// speaks as one person ("Rudi diperiksa penyidik selama enam jam. “Saya hanya menjawab …”"):
// "saya"/"aku" with no "kami" is the one examined, arrested or questioned telling of it, while
// the agent's side (police, prosecutors, a ministry) speaks as "kami" or names no one
// (speakers44, issue 13).
import { isSpace, isWordChar } from '../text/chars';
import { endsSentenceAt } from './sentence-end';

/** The sentence holding the subject at `subjectAt` is the one right before `quoteStart`:
 *  exactly one sentence end between them, then only blanks. */
export function quoteFollowsSubjectSentence(text: string, subjectAt: number, quoteStart: number): boolean {
  if (subjectAt < 0 || subjectAt >= quoteStart) return false;
  let k = quoteStart;
  while (k > subjectAt && isSpace(text.charCodeAt(k - 1))) k--;
  // (the sentence's own end mark, right before the blanks)
  if (k === quoteStart || !endsSentenceAt(text, k - 1)) return false;
  for (let j = subjectAt; j < k - 1; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13 || endsSentenceAt(text, j)) return false;
  }
  return true;
}

/** Lower-case words opening with "di" that are no passive verb. */
const NOT_PASSIVE = new Set(['dia', 'diam', 'diri', 'dirinya', 'dini', 'dinas', 'diskusi', 'distrik', 'divisi', 'dingin', 'dimana']);

/** The verb after the subject ending at `subjectEnd` is a passive di- verb: "X ditangkap",
 *  also past an aside set off by commas ("X, 34 tahun, dibawa …"). */
export function subjectActedUpon(text: string, subjectEnd: number): boolean {
  let k = subjectEnd;
  const limit = Math.min(text.length, subjectEnd + 80);
  while (k < limit && isSpace(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) === 44) { // ",": an aside; the verb follows its closing comma
    const close = text.indexOf(',', k + 1);
    if (close < 0 || close > limit) return false;
    k = close + 1;
    while (k < limit && isSpace(text.charCodeAt(k))) k++;
  }
  let e = k;
  while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
  const word = text.slice(k, e);
  return word.length > 4 && word.startsWith('di') && word === word.toLowerCase() && !NOT_PASSIVE.has(word);
}

/** The quote speaks as one person: "saya" or "aku", and no "kami"
 *  or "kita", the plural an institution's spokesperson speaks in. */
const SINGULAR_FIRST = /(?:^|[^\p{L}])(?:saya|aku)(?![\p{L}])/iu;
const PLURAL_FIRST = /(?:^|[^\p{L}])(?:kami|kita)(?![\p{L}])/iu;
export function speaksAsOnePerson(quote: string): boolean {
  return SINGULAR_FIRST.test(quote) && !PLURAL_FIRST.test(quote);
}
