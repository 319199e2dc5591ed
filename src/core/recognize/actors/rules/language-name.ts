// "guru bahasa Inggris", "berbahasa Jepang": a language named after a country or a people is no
// actor (the sets never annotate it; the KB alias read it as the country, dev d279, d323, d374).
// Only after lower-case "bahasa"/"berbahasa": "Balai Bahasa Provinsi Maluku" is a body's name.
// Skips the one word of the language; what follows it is read as usual.
import { isWordChar } from '../../../text/chars';
import { ALWAYS, CUES_CLEAR_TITLE, NO_MATCH, type ActorRule } from '../rule';

const LANGUAGE_WORDS = ['bahasa', 'berbahasa'];

/** "bahasa" or "berbahasa", lower case, then exactly one space, then token i. Read in place:
 *  most tokens are turned away by the last letter of the word before ("a"). */
function afterLanguageWord(p: string, start: number): boolean {
  const e = start - 1;
  if (e < 1 || p.charCodeAt(e) !== 32 || p.charCodeAt(e - 1) !== 97) return false;
  let s = e - 1;
  while (s > 0 && isWordChar(p.charCodeAt(s - 1))) s--;
  for (const w of LANGUAGE_WORDS) if (w.length === e - s && p.startsWith(w, s)) return true;
  return false;
}

export const languageName: ActorRule = {
  name: 'language-name',
  cues: CUES_CLEAR_TITLE,
  gate: ALWAYS,
  apply(ctx, i) {
    return afterLanguageWord(ctx.p, ctx.ts[i]) ? i + 1 : NO_MATCH;
  },
};
