// A preposition of place right before a name: "di Dobo", "ke Saumlaki", "(pemandu) asal Wamena".
// What follows is where someone is or comes from, not who: unknown-name.ts asks this before it
// lets a speech verb after the name ("asal Wamena mengaku …", dev d371) or a person's role in
// apposition after it ("di Dobo, istri saya …", dev d379) make the name a person.
import { isAsciiLetter } from '../../text/chars';
import { isLowerWordAt } from '../../text/lower-word-set';

/** The word `before` (right before `start`, one space apart) is "di" or "ke", or "asal" after a
 *  word ("warga asal Garut"): not "asal" after a comma or opening a sentence, where it means
 *  "as long as" and a person may follow ("…, asal Darmawan mengaku salah"). */
export function placePrepositionBefore(p: string, before: { start: number; end: number } | null, start: number): boolean {
  if (before === null || start - before.end !== 1) return false;
  const len = before.end - before.start;
  if (len === 2) return isLowerWordAt(p, before.start, before.end, 'di') || isLowerWordAt(p, before.start, before.end, 'ke');
  return len === 4 && isLowerWordAt(p, before.start, before.end, 'asal') && before.start >= 2 &&
    p.charCodeAt(before.start - 1) === 32 && isAsciiLetter(p.charCodeAt(before.start - 2));
}
