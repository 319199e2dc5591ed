// "X melaporkan dalam 24 jam terakhir tercatat 87 kali gempa": a time adjunct right after
// the verb may open the content itself, with no comma to close it. The adjunct skip
// (find.ts afterAdjunct) wants a comma or "bahwa" and found neither: the content then starts
// at the adjunct (the dev gold keeps it inside the span). Only an adjunct that starts a time
// does ("dalam 24 jam", "pada Senin", "dalam beberapa hari"): the same openers more often
// name the occasion of the words ("mengatakan saat ditemui di kantornya", "dalam wawancara
// dengan …") or the addressee ("pada wartawan"), and then no content follows in the sentence.
// An addressee or a channel ("kepada wartawan", "melalui keterangan tertulis") never opens one.
import { TIME_UNITS, WEEKDAYS } from '../../text/calendar-words';
import { wordAfter } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { QUANTIFIER_WORDS } from '../lexicon';
import { TIME_ADJUNCT_OPENERS } from '../adjunct-words';

const TIME_ADJUNCT_WORDS = new LowerWordSet(TIME_ADJUNCT_OPENERS);
/** Nouns of time an adjunct counts or names ("dalam dua pekan", "pada malam itu"). */
const TIME_UNIT_WORDS = new LowerWordSet([...TIME_UNITS, 'pagi', 'siang', 'sore', 'malam',
  'sehari', 'sepekan', 'seminggu', 'sebulan', 'setahun', 'semalam', 'waktu', 'ini']);
const DAY_WORDS = new LowerWordSet(WEEKDAYS);

/** The word [start, end) dates something: a number ("24", "2025") or a day of the week. */
export function isDateWord(p: string, start: number, end: number): boolean {
  const c = p.charCodeAt(start);
  return (c >= 48 && c <= 57) || DAY_WORDS.hasAt(p, start, end);
}

/** The adjunct opened by the word [start, end) can be the content's own first phrase: a
 *  time adjunct whose next word is a date, a time noun, or a count of one ("dua hari"). */
export function opensContent(p: string, start: number, end: number): boolean {
  if (!TIME_ADJUNCT_WORDS.hasAt(p, start, end)) return false;
  const next = wordAfter(p, end);
  if (next === null) return false;
  if (isDateWord(p, next.start, next.end) || TIME_UNIT_WORDS.hasAt(p, next.start, next.end)) return true;
  const unit = QUANTIFIER_WORDS.hasAt(p, next.start, next.end) ? wordAfter(p, next.end) : null;
  return unit !== null && TIME_UNIT_WORDS.hasAt(p, unit.start, unit.end);
}
