// A company or a ministry speaking by its common noun: "Perusahaan menyebut …",
// "Pada poin lain, perusahaan menegaskan …", "Kementerian juga meminta …", "…,” tulis
// perusahaan. A written statement is spoken by the body (eval/README: "a company's written
// statement is spoken by the company"); the noun points back to the last body of its
// kind the article named, in this paragraph (reported/find.ts, attribution.ts) or before
// it (the link pass, through the attribution's `head`). A body of another kind in
// between ("PT X … diterima Kompas.com") is skipped: an outlet is no company here.
import { wordBefore } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';
import { endsWithCompanyTail } from './company-tails';
import { DEMONSTRATIVE_WORDS, VERB_ADVERB_WORDS } from './lexicon';

/** The nouns, in lower case: each names the kind of body it points back to. */
const BODY_NOUNS = ['perseroan', 'emiten', 'perusahaan', 'kementerian'];
export const BODY_NOUN_WORDS = new LowerWordSet(BODY_NOUNS);

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
  if (w !== null && DEMONSTRATIVE_WORDS.hasAt(p, w.start, w.end)) w = wordBefore(p, w.start, floor);
  if (w === null || !BODY_NOUN_WORDS.hasAt(p, w.start, w.end)) return null;
  let k = w.start;
  while (k > floor && (p.charCodeAt(k - 1) === 32 || p.charCodeAt(k - 1) === 9)) k--;
  if (k > floor && p.charCodeAt(k - 1) !== 44) return null;
  return { start: w.start, head: p.slice(w.start, w.end).toLowerCase() };
}

/** `head` is one of the body nouns (an attribution's head read by the link pass). */
export function isBodyHead(head: string | undefined): boolean {
  return head !== undefined && BODY_NOUNS.includes(head);
}

interface BodyLike { start: number; type: string; canonical: string; text?: string }

/** The mention is a body of the kind `head` names: a ministry for "kementerian", a
 *  company (PT, Tbk, Persero, or a company's tail: "Aurora Seas Cruises", company-tails.ts)
 *  for the others. */
export function isBodyOf(head: string, m: BodyLike, text: string, end: number): boolean {
  if (m.type !== 'ORG') return false;
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
  for (let i = last; i >= 0 && mentions[i].start >= floor; i--) {
    if (kept(i) && isBodyOf(head, mentions[i], text, endOf(i))) return i;
  }
  return -1;
}
