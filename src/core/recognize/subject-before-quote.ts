// "Pelatih kepala asal Korea Selatan, Baek Jin-woo, terlihat berteriak dari belakang garis.
// “Tahan! Tunggu bendera!”": a quote with no attribution right after a sentence that a
// person opens (with no reporting verb: "berteriak", "tersenyum", "menunjuk peta") is that
// person's. The link pass gave such a quote to the last quote's speaker (a continuation),
// as if the sentence between were narration about nobody.
import { isSpace } from '../text/chars';
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
