// "… perlindungan kepada bekas menteri pertambangan Peru, Aurelio Salazar Condori, yang berlindung …",
// "Jaksa menuntut nakhoda kapal asal Filipina, Nosatu Dumalagan Cabrera, dengan …": a
// lower-case role phrase ending in a place, a comma, and a run of capitalised words closed
// by a comma: the run stands in apposition to the role, so it is the person the role names.
// The name model, reading a foreign name after "<country> ,", typed it an organisation (and
// the speaker of the quotes after it with it); the role word settles it. A body after such
// a phrase has no person's role before it ("perusahaan asal Jepang, Toyota Motor
// Corporation,").
// So after a body the role belongs to, its acronym in brackets or not ("Tokoh oposisi
// dari partai Samagi Jana Waniru (SJB), Nimal Jayasuriya Fernando, menuduh …"), and
// right after the role phrase ("Tokoh oposisi, Nimal Jayasuriya Fernando, …"): dev d338,
// where the name model typed the Sinhalese name an organisation.
// Session 56 (issue 13, dev d480, d482, d483): a role phrase opened by "seorang" ("Seorang
// pembudidaya udang di provinsi itu, X,": a classifier of people, so the demonstrative closing
// a place inside it does not make it a clause about something else; a body noun before the
// demonstrative, "Seorang pengurus kelompok itu, X,", leaves X that body's), and a capitalised title
// with its remit before a country ("Menteri Hidrologi dan Energi Peru, X,"). The run may end
// in a country's name ("X Bere Mali"): `personApposedAt` reads positions, not tokens.
import { DEMONSTRATIVE_WORDS, PERSON_NOUN_WORDS, PLACE_NOUN_WORDS, TITLE_HEAD_WORDS } from '../lexicon';
import { isLowerWordAt } from '../../text/lower-word-set';
import { isUpper, wordBefore } from '../../text/chars';
import type { Ctx } from './ctx';

/** The most lower-case words of the role phrase read before the place ("mantan menteri
 *  energi", "nakhoda kapal asal"). */
const ROLE_PHRASE_WORDS = 4;

/** The run of tokens [s, e) follows "<role phrase> <place or body>, " (the mention found
 *  last) or "<role phrase>, ", and a comma closes it. */
export function personApposedToRole(ctx: Ctx, s: number, e: number): boolean {
  return personApposedAt(ctx, ctx.ts[s], ctx.te[e - 1]);
}

/** The run [start, end) follows "<role phrase> <place or body>, " (the mention found last) or
 *  "<role phrase>, ", and a comma closes it. */
export function personApposedAt(ctx: Ctx, start: number, end: number): boolean {
  const { p } = ctx;
  if (p.charCodeAt(end) !== 44 || p.charCodeAt(start - 2) !== 44 || p.charCodeAt(start - 1) !== 32) return false;
  const before = apposedTo(ctx, start - 2);
  // ("Organisasi yang membawahi relawan itu, Aksi Peduli Bangsa, …": a role word inside a
  // clause that a demonstrative closes describes something else; so does "seorang" unless a
  // place noun stands before the demonstrative)
  const demonstrative = before === start - 2 ? demonstrativeBefore(p, before) : null;
  if ((demonstrative === null || placeNounBefore(p, demonstrative.start)) && onePersonPhraseBefore(p, before)) return true;
  if (demonstrative !== null) return false;
  return rolePhraseBefore(p, before) || titleWithRemitBefore(p, before);
}

/** A place noun ends one space before `pos`. */
function placeNounBefore(p: string, pos: number): boolean {
  const w = wordBefore(p, pos);
  return w !== null && w.end === pos - 1 && PLACE_NOUN_WORDS.hasAt(p, w.start, w.end);
}

/** The most lower-case words read back to "seorang" ("seorang pembudidaya udang di provinsi itu"). */
const ONE_PERSON_PHRASE_WORDS = 8;

/** Lower-case words end right before `pos` (one space apart; the comma right after the last)
 *  and "seorang" (or a sentence-opening "Seorang") stands among the first
 *  ONE_PERSON_PHRASE_WORDS of them: "seorang" counts people only, so the phrase names one. */
function onePersonPhraseBefore(p: string, pos: number): boolean {
  for (let k = 0; k < ONE_PERSON_PHRASE_WORDS; k++) {
    const w = wordBefore(p, pos);
    if (!w || !((w.end === pos - 1 && p.charCodeAt(w.end) === 32) || (k === 0 && w.end === pos && p.charCodeAt(pos) === 44))) return false;
    if (isLowerWordAt(p, w.start, w.end, 'seorang')) return k > 0 && (!isUpper(p.charCodeAt(w.start)) || sentenceOpensAt(p, w.start));
    if (isUpper(p.charCodeAt(w.start))) return false;
    pos = w.start;
  }
  return false;
}

/** The most words of a capitalised title and its remit read back ("Menteri Hidrologi dan
 *  Energi"). */
const TITLE_REMIT_WORDS = 6;

/** A capitalised title opening the sentence, then capitalised words or "dan", end right before
 *  `pos` (the place the remit ends in, one space after): "Menteri Hidrologi dan Energi Peru,". */
function titleWithRemitBefore(p: string, pos: number): boolean {
  for (let k = 0; k < TITLE_REMIT_WORDS; k++) {
    const w = wordBefore(p, pos);
    if (!w || w.end !== pos - 1 || p.charCodeAt(w.end) !== 32) return false;
    if (isUpper(p.charCodeAt(w.start))) {
      if (TITLE_HEAD_WORDS.hasAt(p, w.start, w.end) && sentenceOpensAt(p, w.start)) return true;
    } else if (k === 0 || !isLowerWordAt(p, w.start, w.end, 'dan')) return false;
    pos = w.start;
  }
  return false;
}

/** The demonstrative ending right before `pos`, if one does. */
function demonstrativeBefore(p: string, pos: number): { start: number; end: number } | null {
  const w = wordBefore(p, pos);
  return w !== null && DEMONSTRATIVE_WORDS.hasAt(p, w.start, w.end) ? w : null;
}

/** Where the words before the comma at `comma` start: the place or body (and its acronym in
 *  brackets) the last mentions found right there, else the comma itself. */
function apposedTo(ctx: Ctx, comma: number): number {
  const { p, out } = ctx;
  let last = out[out.length - 1];
  if (!last) return comma;
  // "… Balawegaya (SJB),": the acronym in brackets after the body's name
  if (last.type === 'ORG' && last.end === comma - 1 && p.charCodeAt(comma - 1) === 41 && p.charCodeAt(last.start - 1) === 40) {
    const full = out[out.length - 2];
    if (!full || full.type !== 'ORG' || full.end !== last.start - 2) return comma;
    last = full;
  } else if (last.end !== comma || (last.type !== 'GPE' && last.type !== 'ORG')) return comma;
  return last.start;
}

/** Lower-case words of a role phrase end right before `pos`, with a role word among the
 *  first ROLE_PHRASE_WORDS (a capitalised one only opening the sentence: "Pemimpin oposisi"). */
function rolePhraseBefore(p: string, pos: number): boolean {
  for (let k = 0; k < ROLE_PHRASE_WORDS; k++) {
    const w = wordBefore(p, pos);
    // (one space before the place, the body or the word after; or the comma right after the role)
    if (!w || !((w.end === pos - 1 && p.charCodeAt(w.end) === 32) || (k === 0 && w.end === pos && p.charCodeAt(pos) === 44))) return false;
    const role = TITLE_HEAD_WORDS.hasAt(p, w.start, w.end) || PERSON_NOUN_WORDS.hasAt(p, w.start, w.end) || isLowerWordAt(p, w.start, w.end, 'mantan');
    if (isUpper(p.charCodeAt(w.start))) return role && sentenceOpensAt(p, w.start);
    if (role) return true;
    pos = w.start;
  }
  return false;
}

/** A sentence opens at `pos`: the text's or a line's start, or after ". ". */
function sentenceOpensAt(p: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && p.charCodeAt(k) === 32) k--;
  if (k < 0) return true;
  const c = p.charCodeAt(k);
  return c === 10 || c === 46 || c === 33 || c === 63;
}
