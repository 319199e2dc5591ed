// A company or a ministry speaking by its common noun: "Perusahaan menyebut …",
// "Pada poin lain, perusahaan menegaskan …", "Kementerian juga meminta …", "…,” tulis
// perusahaan. A written statement is spoken by the body (eval/README: "a company's written
// statement is spoken by the company"); the noun points back to the last body of its
// kind the article named, in this paragraph (reported/find.ts, attribution.ts) or before
// it (the link pass, through the attribution's `head`). A body of another kind in
// between ("PT X … diterima Kompas.com") is skipped: an outlet is no company here.
import { isUpper, isWordChar, wordAfter, wordBefore } from '../text/chars';
import { isLowerWordAt, LowerWordSet } from '../text/lower-word-set';
import { endsWithCompanyTail } from './company-tails';
import { nextSentenceEnd } from './sentence-end';
import { UNIVERSITY_HEADS, DEMONSTRATIVE_WORDS, PERSON_ROLES, SEX_AGE_NOUNS, SUBJECT_PRONOUN_WORDS, TITLE_HEADS, VERB_ADVERB_WORDS } from './lexicon';

/** The common nouns a university speaks by. */
const UNIVERSITY_NOUNS = ['universitas', 'kampus'];

/** The nouns, in lower case: each names the kind of body it points back to ("majelis": a court;
 *  "manajemen", a listed company's written statement: the company; "universitas", "kampus":
 *  a university, "Dalam keterangan resmi …, universitas menyatakan …"). */
const BODY_NOUNS = ['perseroan', 'emiten', 'perusahaan', 'manajemen', 'kementerian', 'majelis', ...UNIVERSITY_NOUNS];
export const BODY_NOUN_WORDS = new LowerWordSet(BODY_NOUNS);

/** "majelis hakim " / "Majelis " right before a court's name. */
const CHAMBER_BEFORE_RE = /\bmajelis (?:hakim )?$/i;

/** How far back (characters) the link pass looks for the body, counted from the last
 *  mention before the cue (lastBodyBefore), not from the cue itself: a few paragraphs
 *  when a mention is near the cue, further when the cue's paragraphs name nobody. */
const REACH = 4000;

/** The body noun that is the subject of the verb at `at` ("Perusahaan (itu) (juga)
 *  menyebut"), opening its sentence or standing after a comma ("Pada poin lain,
 *  perusahaan menegaskan"); "karyawan perusahaan menyatakan" is no such subject. Its
 *  start and its word in lower case, or null. */
export function bodyNounSubject(p: string, at: number, floor: number): { start: number; head: string } | null {
  let w = wordBefore(p, at, floor);
  if (w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end)) w = wordBefore(p, w.start, floor);
  let demonstrative = false;
  if (w !== null && DEMONSTRATIVE_WORDS.hasAt(p, w.start, w.end)) {
    demonstrative = true;
    w = wordBefore(p, w.start, floor);
  }
  if (w === null) return null;
  // "Perusahaan yang sejak 2022 bernaung di bawah ID FOOD itu juga menyatakan …": the
  // body noun a relative clause describes, never a body named inside that clause (speakers47).
  if (demonstrative && !BODY_NOUN_WORDS.hasAt(p, w.start, w.end)) {
    const described = relativeBodyNoun(p, w.end, floor);
    if (described !== null) return described;
  }
  // "majelis hakim menyatakan …": the chamber of judges, as "majelis".
  if (isLowerWordAt(p, w.start, w.end, 'hakim')) {
    const chamber = wordBefore(p, w.start, floor);
    if (chamber !== null && isLowerWordAt(p, chamber.start, chamber.end, 'majelis')) w = chamber;
  }
  if (BODY_NOUN_WORDS.hasAt(p, w.start, w.end)) return opensClause(p, w.start, floor) ? { start: w.start, head: p.slice(w.start, w.end).toLowerCase() } : null;
  // "Pihak pelayaran membantah …", "lembaga pemeringkat itu menilai …": a body described
  // by the kind word its name carries.
  if (!isKindWord(p, w.start, w.end)) return null;
  const before = wordBefore(p, w.start, floor);
  const pihak = before !== null && isLowerWordAt(p, before.start, before.end, 'pihak');
  if (!pihak && !demonstrative) return null;
  // (one generic head before the kind word: "lembaga pemeringkat itu"; no person's: "warga desa itu")
  const start = before !== null && !pihak && isGenericHead(p, before.start, before.end) ? before.start : pihak ? (before as { start: number }).start : w.start;
  return opensClause(p, start, floor) ? { start, head: KIND + p.slice(w.start, w.end).toLowerCase() } : null;
}

/** The description of a body right at `at` ("distributor tersebut", "lembaga pemeringkat
 *  itu", "pihak pelayaran"), read forwards (a closing attribution: "Demikian tulis
 *  distributor tersebut."): its head as bodyNounSubject gives it, or null. */
export function bodyDescriptionAt(p: string, at: number): string | null {
  let w = wordAfter(p, at);
  if (w === null || w.start !== at) return null;
  if (isLowerWordAt(p, w.start, w.end, 'pihak')) {
    const kind = wordAfter(p, w.end);
    return kind !== null && isKindWord(p, kind.start, kind.end) ? KIND + p.slice(kind.start, kind.end).toLowerCase() : null;
  }
  let next = wordAfter(p, w.end);
  if (next !== null && isGenericHead(p, w.start, w.end) && !DEMONSTRATIVE_WORDS.hasAt(p, next.start, next.end)) {
    w = next;
    next = wordAfter(p, w.end);
  }
  if (next === null || !DEMONSTRATIVE_WORDS.hasAt(p, next.start, next.end) || !isKindWord(p, w.start, w.end)) return null;
  return BODY_NOUN_WORDS.hasAt(p, w.start, w.end) ? p.slice(w.start, w.end).toLowerCase() : KIND + p.slice(w.start, w.end).toLowerCase();
}

/** How many words a relative clause before the demonstrative may have. */
const RELATIVE_WORDS = 14;

/** "Perusahaan yang … itu": a body noun opening its clause, then "yang" and at most
 *  RELATIVE_WORDS words without a comma or a sentence end up to `end` (the word before the
 *  demonstrative); its start and its word in lower case, or null. */
function relativeBodyNoun(p: string, end: number, floor: number): { start: number; head: string } | null {
  let k = end;
  for (let n = 0; n < RELATIVE_WORDS; n++) {
    const w = wordBefore(p, k, floor);
    if (w === null || /[,.;:!?\n]/.test(p.slice(w.end, k))) return null;
    if (isLowerWordAt(p, w.start, w.end, 'yang')) {
      const noun = wordBefore(p, w.start, floor);
      if (noun === null || noun.end !== w.start - 1 || !BODY_NOUN_WORDS.hasAt(p, noun.start, noun.end) || !opensClause(p, noun.start, floor)) return null;
      return { start: noun.start, head: p.slice(noun.start, noun.end).toLowerCase() };
    }
    k = w.start;
  }
  return null;
}

/** The description at `start` opens its sentence or follows a comma ("Dalam laporannya,
 *  lembaga …"): "karyawan perusahaan menyatakan" is no such subject. */
function opensClause(p: string, start: number, floor: number): boolean {
  let k = start;
  while (k > floor && (p.charCodeAt(k - 1) === 32 || p.charCodeAt(k - 1) === 9)) k--;
  return k <= floor || p.charCodeAt(k - 1) === 44;
}

/** A university's or academy's name ("Universitas Borneo Cendekia", "Politeknik Negeri X"). */
function isUniversity(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && UNIVERSITY_HEADS.includes(name.slice(0, space).toLowerCase());
}

/** Marks a head that is a kind word of a body's name ("jenis:pelayaran"), not a body noun. */
const KIND = 'jenis:';

/** Heads a kind word may follow ("lembaga pemeringkat itu", "perusahaan pelayaran itu"). */
const GENERIC_HEAD_WORDS = new LowerWordSet(['lembaga', 'badan', 'perusahaan', 'pihak', 'organisasi', 'institusi', 'instansi']);

function isGenericHead(p: string, start: number, end: number): boolean {
  return GENERIC_HEAD_WORDS.hasAt(p, start, end);
}

/** Words a person is described by, never a body's kind ("pelatih itu", "warga tersebut"). */
const PERSON_HEAD_WORDS = new LowerWordSet([...TITLE_HEADS, ...PERSON_ROLES, ...SEX_AGE_NOUNS, 'ekonom', 'ahli', 'keluarga', 'kerabat', 'anak', 'orang']);

/** A lower-case word of four letters or more that may name a body's kind: no person's head,
 *  no pronoun, no demonstrative. */
function isKindWord(p: string, start: number, end: number): boolean {
  return end - start >= 4 && !isUpper(p.charCodeAt(start)) && !PERSON_HEAD_WORDS.hasAt(p, start, end) && !SUBJECT_PRONOUN_WORDS.hasAt(p, start, end) &&
    !DEMONSTRATIVE_WORDS.hasAt(p, start, end) && !GENERIC_HEAD_WORDS.hasAt(p, start, end);
}

/** `head` is one of the body nouns or a body's kind word (an attribution's head read by the link pass). */
export function isBodyHead(head: string | undefined): boolean {
  return head !== undefined && (BODY_NOUNS.includes(head) || head.startsWith(KIND));
}

/** How many words before a body's name its kind may stand ("Distributor power bank PT Kinetiq …"). */
const KIND_WORDS_BEFORE = 4;

/** The body's name carries the kind word ("PT Pelayaran Bahari Mandiri" for "pelayaran"), or
 *  a word a few words before its name in the same sentence does ("Distributor power bank PT X"),
 *  with no verb between. */
function namedWithKind(kind: string, m: BodyLike, text: string, end: number): boolean {
  if (hasWord(text.slice(m.start, end).toLowerCase(), kind) || hasWord(m.canonical.toLowerCase(), kind)) return true;
  let k = m.start;
  for (let n = 0; n < KIND_WORDS_BEFORE; n++) {
    const w = wordBefore(text, k, Math.max(0, m.start - 80));
    if (w === null || /[.!?\n]/.test(text.slice(w.end, k))) return false;
    if (text.slice(w.start, w.end).toLowerCase() === kind) return true;
    // (a verb ends the words about this name: "PT Pelayaran X menggugat PT Asuransi Y")
    if (VERB_PREFIX_RE.test(text.slice(w.start, w.end))) return false;
    k = w.start;
  }
  return false;
}

const VERB_PREFIX_RE = /^(?:me|di|ber|ter)\p{Ll}{3,}$/u;

function hasWord(s: string, word: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    if ((i === 0 || !isWordChar(s.charCodeAt(i - 1))) && (i + word.length === s.length || !isWordChar(s.charCodeAt(i + word.length)))) return true;
  }
  return false;
}

interface BodyLike { start: number; type: string; canonical: string; text?: string }

/** The mention is a body of the kind `head` names: a ministry for "kementerian", a
 *  company (PT, Tbk, Persero, or a company's tail: "Aurora Seas Cruises", company-tails.ts)
 *  for the others. */
export function isBodyOf(head: string, m: BodyLike, text: string, end: number): boolean {
  if (m.type !== 'ORG') return false;
  if (head.startsWith(KIND)) return namedWithKind(head.slice(KIND.length), m, text, end);
  // (a chamber of judges speaks for its court: eval/README, "majelis menyatakan" is the court's)
  if (head === 'majelis') return m.canonical.startsWith('Pengadilan') || m.canonical.startsWith('Mahkamah') || text.startsWith('Pengadilan', m.start) ||
    text.startsWith('PN ', m.start) || text.startsWith('PTUN', m.start) || text.startsWith('Mahkamah', m.start);
  if (UNIVERSITY_NOUNS.includes(head)) return isUniversity(m.canonical) || isUniversity(text.slice(m.start, end));
  if (head === 'kementerian') return m.canonical.startsWith('Kementerian') || text.startsWith('Kemen', m.start);
  return m.canonical.startsWith('PT ') || m.canonical.endsWith(' Tbk') || m.canonical.includes('(Persero)') || text.startsWith('PT ', m.start) ||
    text.slice(m.start, end).endsWith(' Tbk') || endsWithCompanyTail(m.canonical);
}

/** The last mention at index `last` or before it (at most REACH characters back) that is
 *  a body of the kind `head` names and for which `kept(i)` holds; else -1. `endOf(i)` is
 *  the mention's end. */
export function lastBodyBefore(text: string, mentions: readonly BodyLike[], last: number, head: string, kept: (i: number) => boolean, endOf: (i: number) => number): number {
  if (last < 0) return -1;
  const floor = mentions[last].start - REACH;
  if (head === MANAGEMENT) {
    // "Manajemen Sigap Modal … menyatakan …" / "“…,” tulis manajemen.": the body whose
    // management the article last named as such, before the body the article is about (a
    // lede opening with the regulator that acted on the company: speakers47, d333).
    for (let i = last; i >= 0 && mentions[i].start >= floor; i--) {
      if (kept(i) && mentions[i].type === 'ORG' && MANAGEMENT_BEFORE_RE.test(text.slice(Math.max(0, mentions[i].start - 11), mentions[i].start))) return i;
    }
    return articleBodyBefore(text, mentions, last, kept, endOf);
  }
  // "majelis": the court whose chamber the article named ("Majelis hakim Pengadilan Niaga
  // Surabaya …") before any other court it names (an appeal "ke Mahkamah Agung").
  if (head === 'majelis') {
    for (let i = last; i >= 0 && mentions[i].start >= floor; i--) {
      if (kept(i) && isBodyOf(head, mentions[i], text, endOf(i)) && CHAMBER_BEFORE_RE.test(text.slice(Math.max(0, mentions[i].start - 16), mentions[i].start))) return i;
    }
  }
  for (let i = last; i >= 0 && mentions[i].start >= floor; i--) {
    if (kept(i) && isBodyOf(head, mentions[i], text, endOf(i))) return i;
  }
  return -1;
}

/** "Manajemen menegaskan …", "…," tulis manajemen: the management of the body the article
 *  is about, its company or club; a hotel's or a school's management in a story that names
 *  a bank or an airport operator in passing is none of theirs. */
const MANAGEMENT = 'manajemen';
/** "Manajemen " / "manajemen " right before a body's name. */
const MANAGEMENT_BEFORE_RE = /(?<!\p{L})[Mm]anajemen $/u;

/** The head points back to the article's own body (articleBodyBefore), which a paragraph
 *  alone cannot tell: the reported-speech scan leaves it to the link pass. */
export function needsWholeArticle(head: string): boolean {
  return head === MANAGEMENT;
}

/** The body the article is about, if it was named at or before mention index `last`: the
 *  first body its lede (first sentence, past a headline line and a dateline) names, not the
 *  outlet of the dateline ("Persija Jakarta resmi mendatangkan …", "KONTAN.CO.ID - JAKARTA.
 *  PT X Tbk membukukan …"); with none there, the body named more often than any other (at
 *  least twice); else -1, as when bodies compete. */
function articleBodyBefore(text: string, mentions: readonly BodyLike[], last: number, kept: (i: number) => boolean, endOf: (i: number) => number): number {
  const lede = ledeEnd(text);
  const counts = new Map<string, number>();
  for (let i = 0; i <= last; i++) {
    if (!kept(i) || mentions[i].type !== 'ORG') continue;
    if (mentions[i].start < lede && !DATELINE_DASH_RE.test(text.slice(endOf(i), endOf(i) + 4))) return i;
    counts.set(mentions[i].canonical, (counts.get(mentions[i].canonical) ?? 0) + 1);
  }
  let best = -1;
  let bestCount = 1;
  let tied = false;
  for (let i = 0; i <= last; i++) {
    const n = kept(i) && mentions[i].type === 'ORG' ? counts.get(mentions[i].canonical) ?? 0 : 0;
    if (n > bestCount) { best = i; bestCount = n; tied = false; } else if (n === bestCount && best >= 0 && mentions[best].canonical !== mentions[i].canonical) tied = true;
  }
  return tied ? -1 : best;
}

/** A dash right after a name (past a closing bracket): the outlet of a dateline
 *  ("KONTAN.CO.ID - ", "JAKARTA, KOMPAS.com – ", "Jakarta (ANTARA) - "). */
const DATELINE_DASH_RE = /^\)?\s*[-\u2013\u2014]/;

/** Where the lede ends: the end of the first sentence with words in lower case, past a
 *  headline line (no sentence end in it) and a dateline ("KONTAN.CO.ID - JAKARTA."). */
function ledeEnd(text: string): number {
  const line = text.indexOf('\n');
  const first = nextSentenceEnd(text, 0);
  let from = line >= 0 && (first < 0 || first > line) ? line : 0;
  for (let n = 0; n < 3; n++) {
    const end = nextSentenceEnd(text, from);
    if (end < 0) return text.length;
    if (LOWER_WORD_RE.test(text.slice(from, end))) return end;
    from = end + 1;
  }
  return from;
}

const LOWER_WORD_RE = /(?<!\p{L})\p{Ll}{3,}/u;
