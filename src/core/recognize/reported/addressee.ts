// "Boaz mengatakan kepada Arena.com para pemain sudah …": the one spoken to, named right
// after "kepada" with no comma and no "bahwa" after it, ends the adjunct; the content starts
// at the next word. (afterAdjunct in find.ts needs that comma or "bahwa": without either it
// ran to the sentence end and the statement was lost.)
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { isUpper, wordAfter } from '../../text/chars';
import { firstStartingAt, type LocalMention } from '../mention';
import { VERB_ADJUNCT_WORDS } from '../adjunct-words';
import { JOURNALIST_TITLES } from '../lexicon';

/** Words that go on with the adjunct after the name rather than open the content: the
 *  words of an adjunct after a verb, and the conjunctions, the relative and the
 *  demonstratives that go on with the name. */
const STILL_ADJUNCT = new LowerWordSet([...VERB_ADJUNCT_WORDS,
  'bahwa', 'dan', 'atau', 'yang', 'itu', 'tersebut', 'secara', 'sambil', 'seraya', 'dengan', 'agar', 'supaya', 'untuk', 'bagi']);

/** `kepadaEnd` is the end of "kepada": when a mention starts one space after it and a
 *  lower-case word that opens no further adjunct follows the mention after one space,
 *  that word's start; else -1. */
export function contentAfterAddressee(p: string, kepadaEnd: number, mentions: readonly LocalMention[]): number {
  if (!isLowerWordAt(p, kepadaEnd - 6, kepadaEnd, 'kepada') || p.charCodeAt(kepadaEnd) !== 32) return -1;
  const i = firstStartingAt(mentions, kepadaEnd + 1);
  if (i >= mentions.length || mentions[i].start !== kepadaEnd + 1) return contentAfterPress(p, kepadaEnd + 1);
  const end = mentions[i].end;
  if (p.charCodeAt(end) !== 32) return -1;
  const w = wordAfter(p, end);
  if (w === null || w.start !== end + 1 || isUpper(p.charCodeAt(w.start)) || STILL_ADJUNCT.hasAt(p, w.start, w.end)) return -1;
  return w.start;
}

// "Rudi menyampaikan kepada wartawan komisi akan memanggil …": the press, unnamed, is an
// addressee as a named outlet is; the content starts at the next lower-case word (the
// statement was lost: the adjunct ran to the sentence end without a comma or "bahwa").

/** Words for the press as the one spoken to ("wartawan", "awak media", "para jurnalis"). */
const PRESS_WORDS = new LowerWordSet([...JOURNALIST_TITLES, 'media']);
/** Words that qualify the press rather than open the content ("wartawan asing", "media lokal"). */
const PRESS_MODIFIERS = new LowerWordSet(['asing', 'lokal', 'senior', 'setempat', 'nasional', 'internasional', 'daring', 'cetak', 'massa']);
/** How many words after the press a "bahwa" still belongs to the adjunct's own reading. */
const BAHWA_REACH = 3;

/** `from` is right after "kepada ": when the press stands there ("(para) wartawan", "awak
 *  media") and a lower-case word that opens no further adjunct follows after one space,
 *  with no "bahwa" soon after ("kepada wartawan senior bahwa …" is read as before), that
 *  word's start; else -1. */
function contentAfterPress(p: string, from: number): number {
  let w = wordAfter(p, from);
  if (w === null || w.start !== from) return -1;
  if (isLowerWordAt(p, w.start, w.end, 'para') || isLowerWordAt(p, w.start, w.end, 'awak')) w = wordAfter(p, w.end);
  if (w === null || !PRESS_WORDS.hasAt(p, w.start, w.end) || isUpper(p.charCodeAt(w.start)) || p.charCodeAt(w.end) !== 32) return -1;
  const next = wordAfter(p, w.end);
  if (next === null || next.start !== w.end + 1 || isUpper(p.charCodeAt(next.start)) || STILL_ADJUNCT.hasAt(p, next.start, next.end) || PRESS_MODIFIERS.hasAt(p, next.start, next.end)) return -1;
  // ("kepada wartawan muda yang menunggu …": a word qualifying the press, then its relative clause)
  const third = wordAfter(p, next.end);
  if (third !== null && isLowerWordAt(p, third.start, third.end, 'yang')) return -1;
  let k = next;
  for (let n = 0; n < BAHWA_REACH; n++) {
    const after = wordAfter(p, k.end);
    if (after === null) break;
    if (isLowerWordAt(p, after.start, after.end, 'bahwa')) return -1;
    k = after;
  }
  return next.start;
}

// "Kepala asosiasi memperingatkan Bupati Lembang Asep Gunawan bahwa stok pupuk akan habis":
// the one warned or reminded is the verb's object, before "bahwa" as "kepada X" is before it
// in "mengatakan kepada X bahwa"; the spec's span starts after the complementiser. These
// verbs also take a bare clause ("mengingatkan stok menipis"), so only a "bahwa" a few words
// on, after words that name someone rather than state something, moves the start. Not
// "agar": "mengingatkan pemerintah agar tidak …" keeps the one asked inside the span in two
// of the three dev statements of that form (d44, d60; d132 starts after "agar").

/** Verbs whose object is the one addressed. */
export const ADDRESSED_VERB_WORDS = new LowerWordSet(['memperingatkan', 'mengingatkan']);
const ADDRESSED_COMPLEMENTIZERS = new LowerWordSet(['bahwa', 'bahwasanya']);
/** Words that show a clause before the complementiser: the object is no mere addressee. */
const CLAUSE_WORDS = new LowerWordSet(['yang', 'akan', 'tidak', 'tak', 'belum', 'telah', 'sudah', 'sedang', 'masih', 'harus', 'bisa', 'dapat', 'adalah', 'merupakan']);
/** Most words of the addressee ("Bupati Lembang Asep Gunawan": four). */
const ADDRESSEE_WORDS = 6;

/** `from` is where the verb's object starts: the start of "bahwa" when it
 *  follows within a few words, with no comma, no mark and no sign of a clause before it
 *  (no verb in me-, no auxiliary, no "yang"); else -1. */
export function complementizerAfterAddressee(p: string, from: number): number {
  let k = from;
  for (let n = 0; n <= ADDRESSEE_WORDS; n++) {
    const w = wordAfter(p, k);
    if (w === null) return -1;
    for (let x = k; x < w.start; x++) if (p.charCodeAt(x) !== 32 && p.charCodeAt(x) !== 45) return -1;
    if (ADDRESSED_COMPLEMENTIZERS.hasAt(p, w.start, w.end)) return n > 0 ? w.start : -1;
    if (CLAUSE_WORDS.hasAt(p, w.start, w.end) || (w.end - w.start >= 5 && p.charCodeAt(w.start) === 109 && p.charCodeAt(w.start + 1) === 101)) return -1;
    k = w.end;
  }
  return -1;
}
