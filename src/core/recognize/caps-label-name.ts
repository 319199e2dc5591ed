// A transcript's turns labelled by a first name in capitals ("ANDINI: “…?”", "BONAR: “…”"),
// as TV and radio transcripts print them: the label is the person the article introduced in
// full ("pembawa acara Andini Kusuma"; the link pass looks the word up among the first and
// last words of the article's full names), not an organisation read as an acronym (issue
// 13: every labelled turn of a talk show had a speaker nobody else was linked to).
// Only a label (one word in capitals opening its line, a colon after it) is read so: a word
// in capitals elsewhere is as likely an acronym or a shouted headline word. An article that
// arrives as one line has no line to open: there a label opens a turn (after a sentence end
// or the last turn's closing quotation mark, turns.ts) and a quotation mark opens its words
// right after the colon (issue 13: one-line articles lost every labelled turn's speaker).
import { isBlank } from '../text/chars';
import { opensTurn } from './turns';

const CAPS_WORD = /^[A-Z][A-Z'-]{2,}$/;

/** The name `word` would be written with in a sentence ("ANDINI" → "Andini") when it is a
 *  word in capitals standing as a turn label at `start` of `article`; else undefined. */
export function capitalisedLabel(article: string, start: number, word: string): string | undefined {
  // (the colon first: the link pass asks this of every one-word name of a long text)
  if (article.charCodeAt(start + word.length) !== 58 || !CAPS_WORD.test(word)) return undefined;
  let k = start - 1;
  while (k >= 0 && isBlank(article.charCodeAt(k))) k--;
  if (k >= 0 && article.charCodeAt(k) !== 10 && article.charCodeAt(k) !== 13 && !(opensTurn(article, start) && quoteAfterColon(article, start + word.length + 1))) return undefined;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** An opening quotation mark after the colon ending at `from`, blanks aside. */
function quoteAfterColon(article: string, from: number): boolean {
  let k = from;
  while (k < article.length && isBlank(article.charCodeAt(k))) k++;
  const c = article.charCodeAt(k);
  return c === 0x201c || c === 34;
}
