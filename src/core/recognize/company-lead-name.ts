// "Chief Executive Officer Koinkita Kevin Adiwangsa", "Chief Operating Officer Volta
// Nusantara Anindita Prameswari": after a title, the paragraph pass reads a company's short
// name and its officer's name as one unknown person, since it cannot know the first words
// are a company. The article can: it names the company with its legal form elsewhere
// ("PT Koinkita Digital Indonesia", "PT Volta Nusantara Mobilitas"). Link pass: the leading
// words of the company's name are cut off such a person and become the company, and the
// company's first word alone ("Koinkita dilarang …", "Manajemen Koinkita") is the company.
import { isWordChar } from '../text/chars';
import { NOUNS_BEFORE_NAMES, ORG_HEADS } from './lexicon';
import type { ActorMention } from './types';

/** A company's name without its legal form and words, single-spaced. */
export type CompanyCore = (name: string) => string;

/** The shortest first word a company is named by alone (shorter ones are too often words). */
const MIN_LEAD = 4;

/**
 * Splits the unknown people (`unknown(k)`) that start with the leading words of a company
 * named in the article with its legal form, leaving at least two words of the person's
 * name; types the company's first word, written alone as an unknown name, as the company.
 * Returns the company mentions cut off the people (to be merged in text order).
 */
export function splitCompanyLeads(article: string, ms: ActorMention[], unknown: (k: number) => boolean, keep: (k: number) => void,
  core: CompanyCore): ActorMention[] {
  // `alone`: the first word names the company by itself (no ordinary word: "Pupuk", "Bank").
  let companies: { words: string[]; canonical: string; alone: boolean }[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !m.text.startsWith('PT') || !isBlank(m.text.charCodeAt(2))) continue;
    const words = wordsOf(core(m.text));
    if (words.length < 2 || !isCapitalised(words[0])) continue;
    const alone = words[0].length >= MIN_LEAD && !ORG_HEADS.has(words[0].toLowerCase()) && !writtenInLowerCase(article, words[0]);
    (companies ??= []).push({ words, canonical: m.canonical, alone });
  }
  const extra: ActorMention[] = [];
  if (companies === undefined) return extra;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!unknown(k) || m.type === 'ORG' && m.text.startsWith('PT')) continue;
    const words = wordsOf(m.text);
    for (const c of companies) {
      const nounBefore = c.alone && words.length === 2 && words[1] === c.words[0] && NOUNS_BEFORE_NAMES.has(words[0].toLowerCase());
      if (nounBefore || c.alone && words.length === 1 && words[0].toLowerCase() === c.words[0].toLowerCase()) {
        // "Koinkita", "KOINKITA": the company by its first word; "Manajemen Koinkita": its
        // management speaks for it (the noun stays outside).
        if (nounBefore) {
          const cut = offsetOfWord(m.text, 1);
          m.start += cut;
          m.text = m.text.slice(cut);
        }
        m.type = 'ORG';
        m.canonical = c.canonical;
        keep(k);
        break;
      }
      if (m.type !== 'PER') continue;
      let lead = 0;
      while (lead < words.length && lead < c.words.length && words[lead] === c.words[lead]) lead++;
      if (lead === 0 || lead === 1 && !c.alone) continue;
      if (words.length - lead >= 2) {
        const cut = offsetOfWord(m.text, lead);
        extra.push({ start: m.start, end: m.start + endOfWord(m.text, lead - 1), text: m.text.slice(0, endOfWord(m.text, lead - 1)), type: 'ORG', canonical: c.canonical });
        m.start += cut;
        m.text = m.text.slice(cut);
        m.canonical = m.text;
        break;
      }
    }
  }
  return extra;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 0xa0;
}

function wordsOf(s: string): string[] {
  return s.split(/[ \u00a0]+/);
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Offset of word `n` (0-based) in `s`. */
function offsetOfWord(s: string, n: number): number {
  let at = 0;
  for (let w = 0; w < n; w++) {
    while (at < s.length && !isBlank(s.charCodeAt(at))) at++;
    while (at < s.length && isBlank(s.charCodeAt(at))) at++;
  }
  return at;
}

/** Offset just after word `n` (0-based) in `s`. */
function endOfWord(s: string, n: number): number {
  let at = offsetOfWord(s, n);
  while (at < s.length && !isBlank(s.charCodeAt(at))) at++;
  return at;
}

/** The word stands in lower case somewhere in the article: an ordinary word ("Pupuk",
 *  "Bank"), no name to find alone. */
function writtenInLowerCase(article: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let at = article.indexOf(lower); at >= 0; at = article.indexOf(lower, at + 1)) {
    if (!isWordChar(article.charCodeAt(at - 1)) && !isWordChar(article.charCodeAt(at + lower.length))) return true;
  }
  return false;
}
