// "Kepala Bapanas Sudarmanto Wibisono mengakui …", "Kepala Disperindag Agustinus Mering
// menegaskan …": a title, a body's short name the KB does not know and its holder's full
// name, with no comma between. The paragraph pass reads the body's word as the person's
// first name (one unknown person of three words), so the later "kata Agustinus" links to
// that glued name and the body is lost. Indonesian news names both again on their own: the
// holder by one word of the name ("Seusai rapat, Sudarmanto menemui …"), the body alone
// ("mendesak Bapanas mengumumkan …", a headline "Disperindag: Stok Aman"). Link pass, after
// org-holder-split.ts (which does the same for a glued name read as an organisation),
// before people are resolved: where the article gives both kinds of evidence and the name
// model reads the leading words as no person's name, they are cut off as the body; also
// where the article names the leading words with a body's kind ("Partai Sanseito"), which
// outweighs the model (a foreign party's name reads as a given name).
import { isBlank, isUpper, isWordChar, wordAfter, wordBefore, wordEndFrom } from '../text/chars';
import { endOfWord, isCapitalised, offsetOfWord, wordsOf } from '../text/words';
import { ORG_HEADS } from './lexicon';
import { classProbs, nameScorer, PER, modelMargins } from './name-model';
import type { ActorMention } from './types';

/** What the link pass tells about mention k. */
export interface GluedMentionFacts {
  /** Found by a rule or weakly (not a KB name), and still in the result. */
  unknown(k: number): boolean;
  kept(k: number): boolean;
  /** A lone word with no clue, which resolvePeople may still confirm. */
  weak(k: number): boolean;
  keep(k: number): void;
}

/** The most words a person's name after the body has here. */
const MAX_NAME = 3;
/** The shortest body's name looked for alone ("I", "Hj" are parts of names). */
const MIN_BODY = 3;
const PROBS = classProbs();

/**
 * Cuts the leading words off unknown people of three words or more when the rest (two or
 * three words) is a person the article names by its first or last word alone, the leading
 * words stand alone elsewhere in the article, and the name model reads them as no name.
 * Types the leading words' other one-word mentions read as people as the body. Returns the
 * bodies cut off (in text order).
 */
export function splitBodiesGluedToPeople(text: string, ms: ActorMention[], facts: GluedMentionFacts): ActorMention[] {
  const extra: ActorMention[] = [];
  if (!ms.some((m, k) => candidate(m, k, facts))) return extra;
  let oneWordPeople: Set<string> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    // (weak ones too: resolvePeople, after this, confirms \"Seusai rapat, Sudarmanto …\")
    if (m.type === 'PER' && (facts.kept(k) || facts.weak(k)) && m.text.indexOf(' ') < 0) (oneWordPeople ??= new Set()).add(m.text);
  }
  const orgs = organisationsByWords(ms);
  let bodies: Map<string, string> | undefined;
  let alone: AloneWords | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!candidate(m, k, facts)) continue;
    const words = wordsOf(m.text);
    for (let j = Math.max(1, words.length - MAX_NAME); j <= words.length - 2; j++) {
      const head = words.slice(0, j);
      if (!head.every(isCapitalised)) continue;
      const headEnd = endOfWord(m.text, j - 1);
      const written = m.text.slice(0, headEnd);
      // "Partai Sanseito …, Ketua Sanseito Hiroshi Tanabe": the article names the leading
      // words as a body of a kind (an organisation head right before them), evidence the
      // name model's reading of them alone as a given name ("Komeito" 0.59) does not outweigh.
      const ofKind = orgs.withHead.get(written);
      if (ofKind === undefined && !readsAloneAsNoPerson(head)) continue;
      // Two kinds of evidence: the article names the leading words as an organisation
      // ("Asosiasi Kakao Indonesia (Askindo) …", then "Sekjen Askindo Darmawan Siregar"); or
      // it names the rest by one word alone and the leading words stand alone elsewhere.
      const named = orgs.named.get(written);
      if (named === undefined && ofKind === undefined && !(namedByOneWord(oneWordPeople, words, j) && (alone ??= new AloneWords(text)).elsewhere(written, m.start))) continue;
      const canonical = named ?? ofKind ?? written;
      extra.push({ start: m.start, end: m.start + headEnd, text: written, type: 'ORG', canonical });
      (bodies ??= new Map()).set(written, canonical);
      const cut = offsetOfWord(m.text, j);
      m.start += cut;
      m.text = m.text.slice(cut);
      m.canonical = m.text;
      delete m.entityId;
      facts.keep(k);
      break;
    }
  }
  if (bodies === undefined) return extra;
  // "Komisi IV DPR Cecar Bapanas …", "mendesak Bapanas mengumumkan …": the body's other
  // mentions read as a person (kept, or weak: the article has named it as a body).
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const canonical = m.type === 'PER' && (facts.unknown(k) || facts.weak(k)) ? bodies.get(m.text) : undefined;
    if (canonical === undefined) continue;
    m.type = 'ORG';
    m.canonical = canonical;
    delete m.entityId;
    facts.keep(k);
  }
  return extra;
}

/** The name model, reading `words` alone, gives a person less than modelMargins().bodyGluedPerson (also
 *  name-variants.ts's guard for a common word glued before a name). */
export function readsAloneAsNoPerson(words: readonly string[]): boolean {
  return nameScorer().score(words, [], [], PROBS)[PER] < modelMargins().bodyGluedPerson;
}

/** The name after word j - 1 is named elsewhere by its first or last word alone. */
function namedByOneWord(oneWordPeople: ReadonlySet<string> | undefined, words: readonly string[], j: number): boolean {
  return oneWordPeople !== undefined && (oneWordPeople.has(words[j]) || oneWordPeople.has(words[words.length - 1]));
}

/** An unknown person of three words or more. */
function candidate(m: ActorMention, k: number, facts: GluedMentionFacts): boolean {
  if (m.type !== 'PER' || !facts.unknown(k)) return false;
  const sp = m.text.indexOf(' ');
  return sp > 0 && m.text.indexOf(' ', sp + 1) > 0;
}

/** Whether a body's words stand alone in the article. Each distinct word sequence is read
 *  once: its first two occurrences that stand alone are kept, which answer the question for
 *  any mention (one of them is not the mention). After a few distinct sequences, looked up
 *  in an index of the text built once: a search through the whole text for each glued name
 *  and each cut of it grew with the square of a long text (31% of the analysis of four dev
 *  texts as one). The first sequences search the text itself: building the index costs
 *  about as much as ten searches, and a long text may ask about only a few (the generated
 *  bench text of 20 MB asks 19 questions about two sequences: counting questions, the text
 *  was searched 16 times and indexed, and each later question walked every occurrence of the
 *  first word again, a quadratic; 4 % of its analysis, speed51). */
export class AloneWords {
  /** Where each word that starts with a capital letter stands, by the word. */
  private starts?: Map<string, number[]>;
  /** The first two offsets where the words stand alone (fewer when there are fewer), by the words. */
  private readonly aloneAt = new Map<string, number[]>();
  /** Whether the words occur in lower case anywhere (as a substring), by the words. */
  private readonly inLowerCase = new Map<string, boolean>();
  /** Distinct lower-case words searched for before lowerRuns is built. */
  private lowerSearches = 0;
  private runsByTrigram?: Map<string, string[]>;

  /** `searchesBeforeIndex`: distinct word sequences answered by a search before the index is built. */
  constructor(private readonly text: string, private readonly searchesBeforeIndex = SEARCHES_BEFORE_INDEX) {}

  /** `words` stand in the article outside the mention at `at` as a name of their own: whole
   *  words, inside a sentence after a lower-case word or a comma, with no capitalised word
   *  right before or after (not a sentence's first words, which any word may be, nor part of
   *  a longer name such as another "I Made …" or "Lalu …"), and never in lower case (a
   *  common word). `words` start with a capital letter (A-Z). */
  elsewhere(words: string, at: number): boolean {
    if (words.length < MIN_BODY) return false;
    let found = this.aloneAt.get(words);
    if (found === undefined) {
      found = this.aloneAt.size < this.searchesBeforeIndex ? this.searchAlone(words) : this.lookUpAlone(words);
      this.aloneAt.set(words, found);
    }
    // Last, as rarely needed: one search per distinct body that stands alone.
    return found.some((k) => k !== at) && !this.occursInLowerCase(words);
  }

  /** The first two offsets where `words` stand alone, by a search of the text. */
  private searchAlone(words: string): number[] {
    const text = this.text;
    const out: number[] = [];
    for (let k = text.indexOf(words); k >= 0 && out.length < 2; k = text.indexOf(words, k + 1)) {
      if ((k === 0 || !isWordChar(text.charCodeAt(k - 1))) && this.aloneOccurrence(words, k)) out.push(k);
    }
    return out;
  }

  /** The same offsets as searchAlone, looked up in the index. */
  private lookUpAlone(words: string): number[] {
    const out: number[] = [];
    // An occurrence that starts a word begins with the same first word: look there only.
    for (const k of this.wordStarts().get(words.slice(0, wordEndFrom(words, 0))) ?? []) {
      if (this.text.startsWith(words, k) && this.aloneOccurrence(words, k) && out.push(k) === 2) break;
    }
    return out;
  }

  /** The occurrence of `words` at k, which starts a word, ends one and stands alone. */
  private aloneOccurrence(words: string, k: number): boolean {
    const end = k + words.length;
    return !isWordChar(this.text.charCodeAt(end)) && aloneAt(this.text, k, end);
  }

  private wordStarts(): Map<string, number[]> {
    if (this.starts !== undefined) return this.starts;
    const starts = new Map<string, number[]>();
    const text = this.text;
    for (let i = 0; i < text.length;) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) { i++; continue; }
      const e = wordEndFrom(text, i);
      if (c >= 65 && c <= 90) {
        const word = text.slice(i, e);
        const at = starts.get(word);
        if (at === undefined) starts.set(word, [i]); else at.push(i);
      }
      i = e;
    }
    return (this.starts = starts);
  }

  private occursInLowerCase(words: string): boolean {
    let seen = this.inLowerCase.get(words);
    if (seen === undefined) this.inLowerCase.set(words, seen = this.lowerCaseSubstring(words.toLowerCase()));
    return seen;
  }

  /** `lower` occurs in the text. After a few searches, a word of letters a–z is looked up
   *  among the text's distinct runs of such letters (an occurrence lies inside one run, so
   *  some run contains it and its first three letters): a search through the whole text for
   *  each distinct word grew with the square of a long text, whose distinct words grow with it
   *  (7 % of the analysis of 8 MB of the bench text once fix52d made more three-word people
   *  ask about their first word). Other words ("rakawi dar", "tim9") are searched for only when
   *  each of their stretches of letters a–z is in some run: nearly no name's is, and a search
   *  for each distinct body of several words was the same square (speed54: 2.5 % of 2 MB). */
  private lowerCaseSubstring(lower: string): boolean {
    if (this.lowerSearches++ < this.searchesBeforeIndex) return this.text.indexOf(lower) >= 0;
    if (LOWER_WORD.test(lower)) return this.inLowerRuns(lower);
    return (lower.match(LOWER_STRETCHES) ?? []).every((stretch) => this.inLowerRuns(stretch)) && this.text.indexOf(lower) >= 0;
  }

  /** `lower`, three letters a–z or more, occurs inside one of the text's runs of such letters. */
  private inLowerRuns(lower: string): boolean {
    return (this.lowerRuns().get(lower.slice(0, 3)) ?? []).some((run) => run.includes(lower));
  }

  /** The distinct runs of letters a–z (three or more) of the text, by each three letters in them. */
  private lowerRuns(): Map<string, string[]> {
    if (this.runsByTrigram !== undefined) return this.runsByTrigram;
    const runs = new Set<string>();
    const text = this.text;
    for (let i = 0; i < text.length;) {
      if (!isLowerAsciiLetter(text.charCodeAt(i))) { i++; continue; }
      let e = i + 1;
      while (e < text.length && isLowerAsciiLetter(text.charCodeAt(e))) e++;
      if (e - i >= 3) runs.add(text.slice(i, e));
      i = e;
    }
    const byTrigram = new Map<string, string[]>();
    for (const run of runs) {
      for (let k = 0; k + 3 <= run.length; k++) {
        const tri = run.slice(k, k + 3);
        const list = byTrigram.get(tri);
        if (list === undefined) byTrigram.set(tri, [run]);
        else if (list[list.length - 1] !== run) list.push(run);
      }
    }
    return (this.runsByTrigram = byTrigram);
  }
}

/** A word of three letters a–z or more, which can only occur inside a run of such letters. */
const LOWER_WORD = /^[a-z]{3,}$/;
/** The stretches of three letters a–z or more of a word (each lies inside one run of the text where the word occurs). */
const LOWER_STRETCHES = /[a-z]{3,}/g;

function isLowerAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Distinct word sequences AloneWords answers by a search before it builds its index. */
const SEARCHES_BEFORE_INDEX = 16;

function aloneAt(text: string, s: number, e: number): boolean {
  let b = s;
  while (b > 0 && isBlank(text.charCodeAt(b - 1))) b--;
  if (b === 0) return false;
  const c = text.charCodeAt(b - 1);
  if (isWordChar(c)) {
    const w = wordBefore(text, s);
    if (w === null || isUpper(text.charCodeAt(w.start))) return false;
  } else if (c !== 44 /* , */) return false;
  const a = wordAfter(text, e);
  return a === null || !isUpper(text.charCodeAt(a.start));
}

/** The article's organisation mentions by the words that name the body, each word sequence
 *  with the identity of its first mention:
 *  - `named`: the mention's own words ("Askindo");
 *  - `withHead`: the words after an organisation head ("Partai Sanseito" files "Sanseito"),
 *    the body's, as the link pass gives it to "Sanseito" alone.
 *  Built once per article: a look through every mention for each glued name and each cut
 *  of it grew with the square of a long text (speed48b: a third of the dev texts' analysis
 *  as one text). The pass above changes no organisation mention, so they hold throughout. */
function organisationsByWords(ms: readonly ActorMention[]): { named: Map<string, string>; withHead: Map<string, string> } {
  const named = new Map<string, string>();
  const withHead = new Map<string, string>();
  for (const m of ms) {
    if (m.type !== 'ORG') continue;
    if (!named.has(m.text)) named.set(m.text, m.canonical);
    const headEnd = m.text.indexOf(' ');
    if (headEnd < 0 || headEnd + 1 >= m.text.length || !ORG_HEADS.has(m.text.slice(0, headEnd).toLowerCase())) continue;
    const words = m.text.slice(headEnd + 1);
    if (!withHead.has(words)) withHead.set(words, m.canonical);
  }
  return { named, withHead };
}
