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
import { PERSON_NOUN_WORDS, TITLE_HEAD_WORDS } from '../lexicon';
import { isLowerWordAt } from '../../text/lower-word-set';
import { isUpper, wordBefore } from '../../text/chars';
import type { Ctx } from './ctx';

/** The most lower-case words of the role phrase read before the place ("mantan menteri
 *  energi", "nakhoda kapal asal"). */
const ROLE_PHRASE_WORDS = 4;

/** The run of tokens [s, e) follows "<role phrase> <place or body>, " (the mention found
 *  last) or "<role phrase>, ", and a comma closes it. */
export function personApposedToRole(ctx: Ctx, s: number, e: number): boolean {
  const { p } = ctx;
  const start = ctx.ts[s];
  if (p.charCodeAt(ctx.te[e - 1]) !== 44 || p.charCodeAt(start - 2) !== 44 || p.charCodeAt(start - 1) !== 32) return false;
  const before = apposedTo(ctx, start - 2);
  // ("Organisasi yang membawahi relawan itu, Aksi Peduli Bangsa, …": a role word inside a
  // clause that a demonstrative closes describes something else)
  if (before === start - 2 && demonstrativeBefore(p, before)) return false;
  return rolePhraseBefore(p, before);
}

function demonstrativeBefore(p: string, pos: number): boolean {
  const w = wordBefore(p, pos);
  return w !== null && (isLowerWordAt(p, w.start, w.end, 'itu') || isLowerWordAt(p, w.start, w.end, 'ini') || isLowerWordAt(p, w.start, w.end, 'tersebut'));
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
