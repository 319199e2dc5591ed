// "Penenun mengatakan benang makin mahal": a capitalised word opening a sentence is a name
// candidate only because of where it stands. When the article also writes that word in
// lower case as a word of its own ("ribuan penenun hadir"), it is the common word: names are
// not written in lower case in running text (issue 13, error pattern of real news: common
// nouns opening sentences read as persons). The paragraph pass knows lexicon nouns only
// (rules/unknown-name.ts); this is the article's own evidence, for any common word.
import { isWordCharAt } from '../kb/surface';
import { isSentenceInitial } from './actors/ctx';
import type { ActorMention } from './types';

/** How far on each side of a candidate the lower-case form is looked for: the paragraphs
 *  around it (news paragraphs run to a few hundred characters), and a bound on a long text
 *  analysed as one (the 20 MB bench text has some 34,000 candidates, nearly all names not
 *  written in lower case, so each one reads its whole window: 8,000 characters a side cost
 *  about 300 ms there). */
const WINDOW = 2_000;

/** Drops (`drop(k)`) each one-word person (or actor of `type`) `isCandidate` offers that opens a sentence (of
 *  the paragraph starting at `paragraphStart(k)`) when the text near it (WINDOW) has the word in
 *  lower case and the article never names it otherwise: not mid-sentence, and (a person, a
 *  place) not as the first or last word of a longer name ("Budi Santoso … Budi mengatakan …
 *  budi pekerti" keeps Budi). */
export function dropCommonWordStarts(text: string, mentions: readonly ActorMention[], isCandidate: (k: number) => boolean,
  paragraphStart: (k: number) => number, drop: (k: number) => void, type: ActorMention['type'] = 'PER'): void {
  let starts: number[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    // (the caller's test last: it may look the mention up in the KB, and few mentions are
    // one word opening a sentence)
    if (m.text.indexOf(' ') < 0 && isSentenceInitial(text, m.start, paragraphStart(k)) && isCandidate(k)) (starts ??= []).push(k);
  }
  if (starts === undefined) return;
  const words = new Set<string>();
  for (const k of starts) words.add(mentions[k].text);
  // The words the article names as a person somewhere else: asked before the text is read,
  // which is the costly part (a long text analysed as one, the 20 MB bench text, has tens of
  // thousands of names opening sentences, nearly all named elsewhere too).
  const named = new Set<string>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== type) continue;
    const t = m.text;
    const sp = t.indexOf(' ');
    if (sp < 0) {
      if (words.has(t) && !named.has(t) && !isSentenceInitial(text, m.start, paragraphStart(k))) named.add(t);
    } else if (type !== 'ORG') {
      // (an organisation's word: "Kongres … Kongres Pemilihan Asosiasi …", "Simpanan …
      // Lembaga Penjamin Simpanan": a longer name ending or opening with the word is how the
      // common word came to be read as that body's short form, no evidence for it)
      const first = t.slice(0, sp);
      if (words.has(first)) named.add(first);
      const lastSp = t.lastIndexOf(' ');
      const last = t.slice(lastSp + 1);
      if (words.has(last)) named.add(last);
    }
  }
  for (const k of starts) {
    const m = mentions[k];
    if (!named.has(m.text) && writtenInLowerCaseNear(text, m.text, m.start)) drop(k);
  }
}

/** The text within WINDOW of `at` holds `word` in lower case as a word of its own. */
export function writtenInLowerCaseNear(text: string, word: string, at: number): boolean {
  const lw = word.toLowerCase();
  if (lw === word) return false;
  const from = Math.max(0, at - WINDOW);
  const near = text.slice(from, Math.min(text.length, at + word.length + WINDOW));
  for (let k = near.indexOf(lw); k >= 0; k = near.indexOf(lw, k + 1)) {
    if ((k === 0 || !isWordCharAt(near, k - 1)) && (k + lw.length >= near.length || !isWordCharAt(near, k + lw.length))) return true;
  }
  return false;
}
