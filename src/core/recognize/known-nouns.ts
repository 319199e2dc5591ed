// Which words an article uses as common nouns: a capitalised word before a name that is one
// ("Agensi Han Seo-yeon") is cut off the name (name-variants.ts trimNounBeforeKnownName,
// word-before-given-name.ts). One owner for the question, asked by both.
import { isWordChar, occursAsWord } from '../text/chars';
import { KINSHIP_NOUNS, NOUNS_BEFORE_NAMES, PERSON_ROLES } from './lexicon';

/** "Is `word` a common noun in this article?": listed (NOUNS_BEFORE_NAMES, PERSON_ROLES,
 *  KINSHIP_NOUNS), or written in lower case as a whole word somewhere in the article. The
 *  article's words are collected once, on the first question the lists do not answer:
 *  searching the whole text for each candidate made one long text quadratic (a 4 MB text
 *  took 28 s of CPU where 1 MB took 3 s). */
export class KnownNouns {
  private words: Set<string> | undefined;

  constructor(private readonly article: string) {}

  has(word: string): boolean {
    const lower = word.toLowerCase();
    if (NOUNS_BEFORE_NAMES.has(lower) || PERSON_ROLES.has(lower) || KINSHIP_NOUNS.has(lower)) return true;
    if (lower === word) return false;
    // (a word with a hyphen or an apostrophe spans several runs of word characters: searched)
    if (!isAllWordChars(lower)) return occursAsWord(this.article, lower);
    this.words ??= lowerCaseWordRuns(this.article);
    return this.words.has(lower);
  }
}

/** Every maximal run of word characters in `text` that a lower-cased word can equal: a run
 *  that opens with A-Z cannot (lower-casing turns every A-Z into a-z), so the names and
 *  sentence starts are neither sliced nor kept (on the 4 MB bench text: 129 words kept
 *  instead of 12,191, 59 ms instead of 102). */
function lowerCaseWordRuns(text: string): Set<string> {
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      const first = text.charCodeAt(start);
      if (first < 65 || first > 90) out.add(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Every char of `s` is a word character (and `s` is not empty): one run to look up. */
function isAllWordChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWordChar(s.charCodeAt(i))) return false;
  return s.length > 0;
}

