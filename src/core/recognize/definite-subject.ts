// A definite description as the subject of a reporting verb: "Pelatih itu juga menyebut
// …", "Politikus muda itu menilai …", "Sang direktur meminta …", "Pemain berusia 19 tahun
// itu mengaku …" (issue 13, pattern 16: speakers named only by a description). Such a
// subject names nobody in its sentence; it points back to a person the article named,
// which the link pass chooses (described-person.ts): the last one named with the
// description's head as title ("Staf Khusus Menteri ESDM Taufik"), else the last person
// named. Read in place at a sentence start, one word looked up per sentence.
import { isBlank, isUpper, isWordChar, wordAfter, wordEndFrom } from '../text/chars';
import { isLowerWordAt, LowerWordSet } from '../text/lower-word-set';
import { ADDRESS_TERMS, FORMER_WORDS, PERSON_ROLES, SEX_AGE_NOUNS, SPEECH_VERB_WORDS, TITLE_HEADS, TITLE_WORDS, VERB_ADVERB_WORDS } from './lexicon';
import { verbPastAdverbs } from './verb-adverbs';
import type { LocalMention } from './mention';
import { VIEW_VERB_WORDS, viewedAs } from './reported/view-as';
import { frontedAdjunctEnd } from './fronted-adjunct';
import { frontedTopicEnd } from './fronted-topic';

/** Nouns that head a description of one person: titles and roles ("pelatih", "direktur",
 *  "politikus"), people by trade or role ("pemain", "saksi", "warga"), and by sex or age.
 *  ("ahli": "jawab ahli tersebut" is the expert witness introduced as "Saksi ahli …, X", not
 *  the judge who asked.) */
const DESCRIPTION_HEAD_WORDS = new LowerWordSet([
  ...TITLE_HEADS, ...PERSON_ROLES, ...SEX_AGE_NOUNS, 'ekonom', 'ahli',
]);
/** Title heads that are terms of address, honorifics or articles, no description of their
 *  own ("Pak itu", "Mbak tersebut"): every term of address the lexicon reads as a title. */
const NOT_HEADS = new Set([...ADDRESS_TERMS, 'dr', 'prof', 'kh', 'hj', 'gus', 'cak', 'haji', 'hajah', 'nyi', 'nyai', 'rr', 'raden', ...FORMER_WORDS]);
const TITLE_WORD_SET = new LowerWordSet(TITLE_WORDS);
const FORMER_WORD_SET = new LowerWordSet(FORMER_WORDS);
/** Connectives a sentence may open with before its subject ("Namun, pelatih itu …"). */
const CONNECTIVE_RE = /(?:Namun|Tetapi|Tapi|Selain itu|Sementara itu|Kemudian|Lalu|Di sisi lain|Adapun),?\s+/y;
/** Their first letters: N T S K L D A. */
const CONNECTIVE_INITIALS = new Set([78, 84, 83, 75, 76, 68, 65]);
/** Where the connective opening a sentence at `at` ends ("Namun, "), or -1: only a
 *  connective's first letter sends a sentence on to the regex (both subject tests ask
 *  this at every sentence start). */
export function connectiveEnd(p: string, at: number): number {
  if (!CONNECTIVE_INITIALS.has(p.charCodeAt(at))) return -1;
  CONNECTIVE_RE.lastIndex = at;
  return CONNECTIVE_RE.test(p) ? CONNECTIVE_RE.lastIndex : -1;
}

/** At most this many words between the head and the demonstrative ("pemain berusia 20
 *  tahun itu": three). */
const MAX_INNER_WORDS = 5;

export interface DefiniteSubject {
  /** Where the description starts (its head, or "sang"). */
  start: number;
  /** The reporting verb after it. */
  verbStart: number;
  /** The description's head in lower case, with a title word after it when there is one
   *  ("staf khusus", "pelatih", "direktur"). */
  head: string;
}

/** The description opening the sentence at `at` (after blanks and a connective) when a
 *  reporting verb follows it (past up to two adverbs); else null. A description that
 *  contains a person's name ("Kuasa hukum Eman itu") is about that person, not a
 *  description of the speaker: null. */
export function definiteSubjectAt(p: string, at: number, mentions: readonly LocalMention[]): DefiniteSubject | null {
  let k = at;
  while (k < p.length && (p.charCodeAt(k) === 32 || p.charCodeAt(k) === 9 || p.charCodeAt(k) === 0xa0)) k++;
  if (!isUpper(p.charCodeAt(k))) return null;
  // Asked at every sentence start: most open with neither a head nor "sang" nor a
  // connective (the first word is read in place: a word object per sentence was garbage).
  const firstEnd = wordEndFrom(p, k);
  let w: { start: number; end: number } | null;
  if (DESCRIPTION_HEAD_WORDS.hasAt(p, k, firstEnd) || isLowerWordAt(p, k, firstEnd, 'sang')) {
    w = { start: k, end: firstEnd };
  } else {
    // "Namun, pelatih itu …", "Seusai laga, pelatih itu …" (fronted-adjunct.ts), "Soal kartu
    // merah Reza, pelatih itu …" (fronted-topic.ts)
    const after = connectiveEnd(p, k);
    k = after >= 0 ? after : frontedAdjunctEnd(p, k) >= 0 ? frontedAdjunctEnd(p, k) : frontedTopicEnd(p, k);
    if (k < 0) return null;
    w = wordAfter(p, k);
    if (w === null || w.start !== k) return null;
  }
  const start = w.start;
  const sang = isLowerWordAt(p, w.start, w.end, 'sang');
  if (sang) {
    w = wordAfter(p, w.end);
    if (w === null || isUpper(p.charCodeAt(w.start))) return null;
  }
  const head = descriptionHead(p, w);
  if (head === undefined) return null;
  // The words up to the demonstrative ("itu", "tersebut"); after "sang" none is needed.
  let closed = sang;
  let verb: { start: number; end: number } | null = null;
  let cur = w;
  for (let n = 0; n <= MAX_INNER_WORDS + 1; n++) {
    const after = wordAfter(p, cur.end);
    if (after === null || !onlySpaces(p, cur.end, after.start)) return null;
    if (isLowerWordAt(p, after.start, after.end, 'itu') || isLowerWordAt(p, after.start, after.end, 'tersebut')) {
      closed = true;
      cur = after;
      verb = wordAfter(p, cur.end);
      break;
    }
    if (sang && (SPEECH_VERB_WORDS.hasAt(p, after.start, after.end) || VERB_ADVERB_WORDS.hasAt(p, after.start, after.end))) {
      verb = after;
      break;
    }
    cur = after;
  }
  if (!closed || verb === null || !onlySpaces(p, cur.end, verb.start)) return null;
  verb = verbPastAdverbs(p, verb);
  if (verb === null) return null;
  // ("Pengamat itu melihat A sebagai B": a judgement, reported/view-as.ts)
  if (!SPEECH_VERB_WORDS.hasAt(p, verb.start, verb.end) && !(VIEW_VERB_WORDS.hasAt(p, verb.start, verb.end) && viewedAs(p, verb.end, p.length))) return null;
  // (Not the head itself read as a name because it opens the sentence: "Pria berusia 61
  // tahun itu mengaku …" has a weak mention "Pria".)
  const headStart = w.start;
  for (const m of mentions) if (m.type === 'PER' && m.start >= start && m.end <= verb.start && !(m.start === headStart && m.source === 'weak')) return null;
  return { start, verbStart: verb.start, head };
}

/** The head of a description whose first word (after "sang") is `w`: the word in lower
 *  case when it names a person's title, role or kind, with the title word after it when
 *  there is one ("staf khusus", "kepala pelaksana"); else undefined. */
export function descriptionHead(p: string, w: { start: number; end: number }): string | undefined {
  if (!DESCRIPTION_HEAD_WORDS.hasAt(p, w.start, w.end)) return undefined;
  const word = p.slice(w.start, w.end).toLowerCase();
  // "mantan pelatih tersebut": the former holder of a title, named with it ("mantan pelatih
  // Persib, X", described-person.ts) or by the role's verb ("Ia melatih …", role-verb.ts),
  // never its present holder ("kata mantan kepala museum tersebut" is not the "Kepala
  // Dinas" named last): the head keeps "mantan" before the title's head.
  if (FORMER_WORD_SET.hasAt(p, w.start, w.end)) {
    const next = wordAfter(p, w.end);
    const inner = next !== null && next.start === w.end + 1 && !FORMER_WORD_SET.hasAt(p, next.start, next.end) ? descriptionHead(p, next) : undefined;
    return inner === undefined ? undefined : word + ' ' + inner;
  }
  if (NOT_HEADS.has(word)) return undefined;
  const next = wordAfter(p, w.end);
  return next !== null && next.start === w.end + 1 && TITLE_WORD_SET.hasAt(p, next.start, next.end) ? word + ' ' + p.slice(next.start, next.end).toLowerCase() : word;
}

/** Only blanks between `from` and `to` (no comma, no quotation mark, no sentence end). */
function onlySpaces(p: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isBlank(p.charCodeAt(k))) return false;
  return to > from && !isWordChar(p.charCodeAt(from));
}
