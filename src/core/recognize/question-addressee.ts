// "Wartawan Harian Khatulistiwa, Dina Maharani, lalu menanyakan kepada Agustinus apakah pasar
// murah akan dibuka." / "“Betul, pekan depan …”" (dev d198): a journalist (or a council member,
// a judge) reported asking somebody a question hands the floor to the one asked, whose
// answer follows with no cue; the asker is not the speaker of that answer (issue 13: the
// uncued answer went to the journalist who asked).

import { ASKING_VERBS, ORG_HEADS, PERSON_NOUN_WORDS, TITLE_HEADS, TITLE_WORDS } from './lexicon';
import { isAbbreviationDot } from './sentence-end';

/** The question verb and its "kepada"/"pada" ("bertanya kepada", "menanyakan hal itu
 *  kepada"), searched in the subject's next words only (a search over the rest of the text
 *  for every speech event made a long text quadratic). */
const ASKS_RE = new RegExp(`(?:${[...ASKING_VERBS, 'mempertanyakan'].join('|')})(?: [a-z]+){0,4}? (?:kepada|pada) `);

/** How far after the subject the question verb may stand, and the addressee after it. */
const VERB_REACH = 120;
export const ADDRESSEE_REACH = 60;

/** Where the words after "bertanya kepada" start, when the sentence from `from` (before
 *  `limit`) reports a question to somebody; else -1. */
export function questionAddresseeStart(text: string, from: number, limit: number): number {
  const to = Math.min(limit, from + VERB_REACH);
  // (the words up to the verb's reach plus the longest "menanyakan … kepada ")
  const window = text.slice(from, Math.min(limit, to + 60));
  const m = ASKS_RE.exec(window);
  if (m === null || from + m.index >= to) return -1;
  // (the question verb in this sentence: no sentence end between the subject and it)
  for (let k = 0; k < m.index; k++) if (window.charCodeAt(k) === 46 && window.charCodeAt(k + 1) === 32) return -1;
  return from + m.index + m[0].length;
}

/** The person starting at `personStart` is the one asked: between the words after "kepada"
 *  (`asked`) and the name stand only title words, capitalised words and commas ("kepada
 *  anggota Dewan Pers Tono"), no sentence end ("kepada pemerintah. Kepala Dinas PU Budi
 *  … hadir." asks the government, not Budi) and no other word ("kepada warga yang hadir,
 *  termasuk Budi"). */
export function askedPersonAt(text: string, asked: number, personStart: number): boolean {
  for (const m of text.slice(asked, personStart).matchAll(/[^\s,]+/gu)) {
    const w = m[0];
    // An abbreviated title's dot ends no sentence: "berbincang dengan Kepala Dinas Kesehatan,
    // dr. Rina …", "kepada Prof. Hadi" (speakers47: the answers of an interview whose
    // interviewee was introduced with "dr." went to nobody).
    if (w.endsWith('.') && isAbbreviationDot(text, asked + (m.index as number) + w.length - 1)) continue;
    if (/[.!?;:]$/u.test(w)) return false;
    // (a number inside a body's name: "Kepala SMP Negeri 4 Waingapu, Martha …")
    if (/^(?:\p{Lu}|\p{N}+$)/u.test(w)) continue;
    if (!TITLE_HEADS.has(w) && !TITLE_WORDS.has(w) && !ORG_HEADS.has(w) && !PERSON_NOUN_WORDS.hasAt(w, 0, w.length)) return false;
  }
  return true;
}
