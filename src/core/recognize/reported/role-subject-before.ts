// "Terdakwa, yang duduk didampingi tiga pengacaranya, diberi kesempatan menanggapi. Ia
// mengaku …": a pronoun opening a sentence points to the subject of the sentence before it
// when that subject is a bare person role with no name ("Terdakwa", "Saksi", "Korban"), not
// to the last person quoted (dev d275: the victim's mother, quoted just before). The role is
// handed on as the pronoun's description head, so the link pass finds the person the article
// named with it ("Terdakwa Gede …"), as for "Terdakwa itu mengaku …". After an unnamed
// "Seorang korban, …" the pronoun names nobody either (unless a person is introduced next
// with "bernama", named-later.ts). Used by find.ts.
import { isUpper, wordAfter } from '../../text/chars';
import { isLowerWordAt } from '../../text/lower-word-set';
import { PERSON_ROLE_WORDS } from '../lexicon';
import { sentenceStartBefore } from '../sentence-end';
import { firstStartingAt, type LocalMention } from '../mention';

/** roleSubjectBefore's answer for an unnamed person ("Seorang korban, …"). */
export const UNNAMED = '';

/** How far back the sentence before may start. */
const REACH = 300;

/** What a pronoun opening the sentence at `sentenceStart` points to in the sentence before
 *  it (same paragraph): a bare role that opens it as its subject, in lower case ("Terdakwa,"
 *  / "Terdakwa diberi …", not "Terdakwa Budi"), with no mention in that sentence; UNNAMED for
 *  an indefinite "Seorang korban, …" that names no person (a place of origin may stand in
 *  it: "… asal Maros"; dev d269); else null. */
export function roleSubjectBefore(p: string, sentenceStart: number, mentions: readonly LocalMention[]): string | null {
  let end = sentenceStart;
  while (end > 0 && p.charCodeAt(end - 1) === 32) end--;
  if (end === 0 || p.charCodeAt(end - 1) !== 46) return null;
  // The sentence before, ending with that dot: from where sentence-end.ts starts it (not
  // after an abbreviation's dot, "Jl. Kenanga"), or the paragraph start; none found within
  // REACH, nothing.
  const floor = Math.max(0, end - REACH);
  const start = sentenceStartBefore(p, end - 1, floor);
  if (start === floor && floor > 0) return null;
  const w = wordAfter(p, start, end);
  if (w === null || w.start !== start || !isUpper(p.charCodeAt(w.start))) return null;
  if (isLowerWordAt(p, w.start, w.end, 'seorang')) {
    for (let i = firstStartingAt(mentions, start); i < mentions.length && mentions[i].start < end; i++) if (mentions[i].type === 'PER') return null;
    return UNNAMED;
  }
  if (!PERSON_ROLE_WORDS.hasAt(p, w.start, w.end)) return null;
  // A name right after the role makes it a title ("Terdakwa Budi …"), which the name answers.
  // ("Terdakwa, yang …," sets off a relative clause: the role alone is the subject)
  if (p.charCodeAt(w.end) !== 44) {
    const next = wordAfter(p, w.end, end);
    if (next === null || isUpper(p.charCodeAt(next.start))) return null;
  }
  const mi = firstStartingAt(mentions, start);
  if (mi < mentions.length && mentions[mi].start < end) return null;
  return p.slice(w.start, w.end).toLowerCase();
}
