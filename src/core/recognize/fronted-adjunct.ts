// "Lewat siaran pers yang dikirim ke redaksi, Kamis (4/6/2026), PT X membantah
// …": a sentence that opens with an adjunct closed by a comma has its subject after the
// comma; an outlet, a place or a date inside the adjunct is the channel or the setting of
// the statement, never its speaker. The subject lookup (attribution.ts subjectBefore)
// otherwise takes the sentence's first actor.
import { isSpace, isWordChar, wordAfter } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';
import { firstStartingAt, type LocalMention } from './mention';
import { FRONTED_ADJUNCT_OPENERS } from './adjunct-words';

/** Words that open an adjunct before a sentence's subject. */
const OPENER_WORDS = new LowerWordSet(FRONTED_ADJUNCT_OPENERS);

/** The index of the first mention after the adjunct's last comma and before the verb at
 *  `verbStart`, when the sentence at `from` opens with an adjunct word; else -1. */
export function subjectAfterFrontedAdjunct(p: string, from: number, verbStart: number, mentions: readonly LocalMention[]): number {
  let k = from;
  while (k < verbStart && isSpace(p.charCodeAt(k))) k++;
  const w = wordAfter(p, k, verbStart);
  if (w === null || w.start !== k || !OPENER_WORDS.hasAt(p, w.start, w.end)) return -1;
  let comma = -1;
  for (let c = verbStart - 1; c > w.end; c--) if (p.charCodeAt(c) === 44) { comma = c; break; }
  if (comma < 0) return -1;
  const i = firstStartingAt(mentions, comma + 1);
  return i < mentions.length && mentions[i].end <= verbStart ? i : -1;
}

/** The word at [start, end) opens a fronted adjunct ("Seusai rapat, …", "Saat ditemui, …"):
 *  read as a weak name at a sentence start, it is no subject opening the sentence. */
export function opensFrontedAdjunct(p: string, start: number, end: number): boolean {
  return OPENER_WORDS.hasAt(p, start, end);
}

/** Most characters from an adjunct's first word to its comma ("Dalam sesi jumpa pers
 *  seusai pertandingan di Stadion Manahan, "). */
const MAX_ADJUNCT = 90;

/** Where the subject starts after a fronted adjunct opening at `at` ("Seusai laga, pelatih
 *  itu …": after ", "), when the first word is an adjunct word and a comma closes it within
 *  the sentence; else -1. */
export function frontedAdjunctEnd(p: string, at: number): number {
  const w = wordAfter(p, at);
  if (w === null || w.start !== at || !OPENER_WORDS.hasAt(p, w.start, w.end)) return -1;
  const limit = Math.min(p.length - 1, w.end + MAX_ADJUNCT);
  for (let k = w.end; k < limit; k++) {
    const c = p.charCodeAt(k);
    if (c === 44) return p.charCodeAt(k + 1) === 32 ? k + 2 : -1;
    // A dot inside a word ends no sentence: an outlet's domain ("Saat dihubungi
    // Beritaku.com, pria itu mengaku …": the description is the subject, never the
    // outlet; speakers47), a number ("Sejak 2.000 warga mengungsi, …").
    if (c === 46 && k + 1 < p.length && isWordChar(p.charCodeAt(k + 1))) continue;
    // (a sentence end, a line break or a quotation mark first: no adjunct)
    if (c === 46 || c === 10 || c === 34 || c === 0x201c || c === 0x201d || c === 33 || c === 63) return -1;
  }
  return -1;
}
