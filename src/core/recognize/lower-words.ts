// Lower-cased words read around names and quotes (cue verbs, titles, pronouns): the
// recognizer reads a few per mention and per quote, and the same few hundred words
// recur. Interned, each costs a hash of its characters instead of two new strings, and
// the Sets it is looked up in hash the shared string once.
import { WordTable } from '../text/word-table';

/** Bounded: emptied (between calls) once it holds this many words. */
const LOWER = new WordTable(20_000);

/** text.slice(start, end).toLowerCase(). */
export function lowerAt(text: string, start: number, end: number): string {
  LOWER.reserve();
  return LOWER.lower(LOWER.id(text, start, end));
}
