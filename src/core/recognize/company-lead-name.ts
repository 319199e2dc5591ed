// "Chief Executive Officer Koinkita Kevin Ramowi", "Chief Operating Officer Volta
// Nusantara Kowale Prameswari": after a title, the paragraph pass reads a company's short
// name and its officer's name as one unknown person, since it cannot know the first words
// are a company. The article can: it names the company with its legal form elsewhere
// ("PT Koinkita Digital Indonesia", "PT Volta Nusantara Mobilitas"). Link pass: the leading
// words of the company's name are cut off such a person and become the company, and the
// company's first word alone ("Koinkita dilarang …", "Manajemen Koinkita") is the company.
import { isBlank, isWordChar } from '../text/chars';
import { blankIn, endOfWord, isCapitalised, offsetOfWord, wordsOf } from '../text/words';
import { NOUNS_BEFORE_NAMES, ORG_HEADS } from './lexicon';
import type { ActorMention } from './types';

/** A company's name without its legal form and words, single-spaced. */
export type CompanyCore = (name: string) => string;

/** The shortest first word a company is named by alone (shorter ones are too often words). */
const MIN_LEAD = 4;
/** How far around the company's full name the article is read for its first word in lower
 *  case (a window, not the whole text: a long text names many companies). */
const LOWER_CASE_WINDOW = 3000;

interface Company {
  words: string[];
  canonical: string;
  /** Where the company is named in full. */
  at: number;
  /** The first word names the company by itself (no ordinary word: "Pupuk", "Bank");
   *  undefined until asked. */
  alone?: boolean;
}

/**
 * Splits the unknown people (`unknown(k)`) that start with the leading words of a company
 * named in the article with its legal form, leaving at least two words of the person's
 * name; types a person that is two leading words or more of the company, and nothing else,
 * as the company; types the company's first word, written alone as an unknown name (or after a noun
 * such as "Manajemen"), as the company. Returns the company mentions cut off the people
 * (to be merged in text order).
 */
export function splitCompanyLeads(article: string, ms: ActorMention[], unknown: (k: number) => boolean, keep: (k: number) => void,
  core: CompanyCore): ActorMention[] {
  // Companies by the first word of their name without the legal form.
  let byFirst: Map<string, Company[]> | undefined;
  // (each distinct name once: a long text repeats its companies many times)
  let seen: Set<string> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || m.text.charCodeAt(0) !== 80 || m.text.charCodeAt(1) !== 84 || !isBlank(m.text.charCodeAt(2))) continue; // "PT "
    if ((seen ??= new Set()).has(m.text)) continue;
    seen.add(m.text);
    const words = wordsOf(core(m.text));
    if (words.length < 2 || !isCapitalised(words[0])) continue;
    byFirst ??= new Map();
    const list = byFirst.get(words[0]);
    const c: Company = { words, canonical: m.canonical, at: m.start };
    if (list === undefined) byFirst.set(words[0], [c]);
    else if (!list.some((x) => x.canonical === c.canonical)) list.push(c);
  }
  const extra: ActorMention[] = [];
  if (byFirst === undefined) return extra;
  // Initials of the companies' first words: most mentions are turned away on their first
  // letter (and on their second word's), before a word is cut out of them.
  const initials = new Uint8Array(128);
  for (const first of byFirst.keys()) { const c = first.charCodeAt(0); if (c < 128) initials[c] = 1; }
  const alone = (c: Company): boolean => {
    c.alone ??= c.words[0].length >= MIN_LEAD && !ORG_HEADS.has(c.words[0].toLowerCase()) && !writtenInLowerCase(article, c.words[0], c.at);
    return c.alone;
  };
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type === 'GPE' || !unknown(k)) continue;
    const text = m.text;
    const sp = blankIn(text, 0);
    const c0 = text.charCodeAt(0);
    const c1 = sp > 0 ? text.charCodeAt(sp + 1) : 0;
    if (!(c0 < 128 && initials[c0] === 1) && !(c1 > 0 && c1 < 128 && initials[c1] === 1)) continue;
    const first = sp < 0 ? text : text.slice(0, sp);
    let companies = byFirst.get(first);
    // "Manajemen Koinkita": a noun before the company's first word.
    let nounBefore = false;
    if (companies === undefined && sp > 0 && blankIn(text, sp + 1) < 0 && NOUNS_BEFORE_NAMES.has(first.toLowerCase())) {
      companies = byFirst.get(text.slice(sp + 1));
      nounBefore = companies !== undefined;
    }
    if (companies === undefined || m.type === 'ORG' && !nounBefore && sp > 0) continue;
    for (const c of companies) {
      if (sp < 0 || nounBefore) {
        if (!alone(c)) continue;
        // "Koinkita": the company by its first word.
        if (nounBefore) { m.start += sp + 1; m.text = text.slice(sp + 1); }
        m.type = 'ORG';
        m.canonical = c.canonical;
        keep(k);
        break;
      }
      if (m.type !== 'PER') continue;
      const words = wordsOf(text);
      let lead = 0;
      while (lead < words.length && lead < c.words.length && words[lead] === c.words[lead]) lead++;
      // "Presiden Direktur Borneo Hijau, Ir. Benny …" after "PT Borneo Hijau Agrolestari Tbk":
      // two leading words or more of the company, and nothing else, are the company (no
      // person is named by the first words of a company the same article names).
      if (lead === words.length && lead >= 2) {
        m.type = 'ORG';
        m.canonical = c.canonical;
        keep(k);
        break;
      }
      if (words.length - lead < 2 || (lead === 1 && !alone(c))) continue;
      const leadEnd = endOfWord(text, lead - 1);
      const cut = offsetOfWord(text, lead);
      extra.push({ start: m.start, end: m.start + leadEnd, text: text.slice(0, leadEnd), type: 'ORG', canonical: c.canonical });
      m.start += cut;
      m.text = text.slice(cut);
      m.canonical = m.text;
      break;
    }
  }
  return extra;
}

/** The word stands in lower case near `at` in the article: an ordinary word ("Pupuk",
 *  "Bank"), no name to find alone. */
function writtenInLowerCase(article: string, word: string, at: number): boolean {
  const lower = word.toLowerCase();
  const from = Math.max(0, at - LOWER_CASE_WINDOW);
  // (a slice of the window: an indexOf on the article would run on to its end on a miss)
  const near = article.slice(from, Math.min(article.length, at + LOWER_CASE_WINDOW));
  for (let k = near.indexOf(lower); k >= 0; k = near.indexOf(lower, k + 1)) {
    if (!isWordChar(near.charCodeAt(k - 1)) && !isWordChar(near.charCodeAt(k + lower.length))) return true;
  }
  return false;
}
