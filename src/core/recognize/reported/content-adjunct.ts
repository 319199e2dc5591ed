// "X melaporkan dalam 24 jam terakhir tercatat 87 kali gempa": a time adjunct right after
// the verb may open the content itself, with no comma to close it. The adjunct skip
// (find.ts afterAdjunct) wants a comma or "bahwa" and found neither: the content then starts
// at the adjunct (the dev gold keeps it inside the span). Only an adjunct that starts a time
// does ("dalam 24 jam", "pada Senin", "dalam beberapa hari"): the same openers more often
// name the occasion of the words ("mengatakan saat ditemui di kantornya", "dalam wawancara
// dengan …") or the addressee ("pada wartawan"), and then no content follows in the sentence.
// An addressee or a channel ("kepada wartawan", "melalui keterangan tertulis") never opens one.
import { MONTHS, TIME_UNITS, WEEKDAYS } from '../../text/calendar-words';
import { wordAfter } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { QUANTIFIER_WORDS } from '../lexicon';
import { TIME_ADJUNCT_OPENERS } from '../adjunct-words';

const TIME_ADJUNCT_WORDS = new LowerWordSet(TIME_ADJUNCT_OPENERS);
/** Nouns of time an adjunct counts or names ("dalam dua pekan", "pada malam itu"). */
const TIME_UNIT_WORDS = new LowerWordSet([...TIME_UNITS, 'pagi', 'siang', 'sore', 'malam',
  'sehari', 'sepekan', 'seminggu', 'sebulan', 'setahun', 'semalam', 'waktu', 'ini']);
const DAY_WORDS = new LowerWordSet(WEEKDAYS);
/** Days and months: a named date ("sebelum Maret", "sejak Senin"). */
const CALENDAR_NAME_WORDS = new LowerWordSet([...WEEKDAYS, ...MONTHS]);
/** Words after a unit of time that make it a date relative to now ("tahun lalu", "pekan depan"). */
const RELATIVE_TIME_TAILS = new LowerWordSet(['lalu', 'depan', 'ini', 'kemarin']);

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

/** The words from the word [start, end) on name a time, not a clause's subject: a day or a
 *  month ("sebelum Maret", "setelah Senin"), a year ("sebelum 2024"), a counted time or a
 *  date ("setelah dua hari", "sejak 3 Juni"), a unit of time relative to now ("sebelum tahun
 *  lalu"). After a subordinator they make a time phrase, no subordinate clause
 *  (reported/clause.ts): the predicate after it is the content's own. */
export function opensTimePhrase(p: string, start: number, end: number): boolean {
  if (CALENDAR_NAME_WORDS.hasAt(p, start, end)) return true;
  const digits = isAllDigits(p, start, end);
  if (digits && end - start === 4) return true;
  const next = wordAfter(p, end);
  if (next === null) return false;
  if (digits || QUANTIFIER_WORDS.hasAt(p, start, end)) return TIME_UNIT_WORDS.hasAt(p, next.start, next.end) || (digits && CALENDAR_NAME_WORDS.hasAt(p, next.start, next.end));
  return TIME_UNIT_WORDS.hasAt(p, start, end) && RELATIVE_TIME_TAILS.hasAt(p, next.start, next.end);
}

function isAllDigits(p: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = p.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return end > start;
}
