// "Kiper mengatakan", "Menurut Kiper", "Lurah Sri Rejeki", "Kiper, yang baru menjabat", "Kiper
// Odesa": the words around a mention that make it a person's, whatever its own words are. A
// capitalised everyday word (common-word-surnames.ts) or a run of them (common-phrase-people.ts)
// with such words around it is a person's name, not the common word or phrase.
import { wordAfter, wordBefore } from '../text/chars';
import { POST_CUE_WORDS, SPEECH_VERB_WORDS, TITLE_HEAD_WORDS, VERB_ADVERB_WORDS } from './lexicon';
import type { ActorMention } from './types';

/** The words around mentions[k] are a person's: a comma or a place right after it, or a
 *  speaker's words around it (`speakerContext`, but for a title before it). */
export function personContext(text: string, mentions: readonly ActorMention[], k: number): boolean {
  const m = mentions[k];
  if (text.charCodeAt(m.end) === 44 /* , */) return true;
  const next = mentions[k + 1];
  if (next !== undefined && next.type === 'GPE' && next.start === m.end + 1) return true;
  return speechVerbAfter(text, m.end) || cueBefore(text, m.start);
}

/** text[start, end) is a speaker's name by the words around it: a reporting verb after it
 *  (past an adverb), a reporting cue, "menurut" or a title's head ("Lurah", "Ketua") before
 *  it. No comma: a headline's phrase ends at one too ("Panen Raya, Harga …"). */
export function speakerContext(text: string, start: number, end: number): boolean {
  if (speechVerbAfter(text, end) || cueBefore(text, start)) return true;
  const before = wordBefore(text, start);
  return before !== null && TITLE_HEAD_WORDS.hasAt(text, before.start, before.end);
}

function speechVerbAfter(text: string, end: number): boolean {
  let verb = wordAfter(text, end);
  if (verb !== null && VERB_ADVERB_WORDS.hasAt(text, verb.start, verb.end)) verb = wordAfter(text, verb.end);
  return verb !== null && SPEECH_VERB_WORDS.hasAt(text, verb.start, verb.end);
}

function cueBefore(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return before !== null && (POST_CUE_WORDS.hasAt(text, before.start, before.end) || text.slice(before.start, before.end).toLowerCase() === 'menurut');
}
