// "guru bahasa Inggris", "berbahasa Jepang": a language named after a country or a people is no
// actor (the sets never annotate it; the KB alias read it as the country, dev d279, d323, d374).
// Only after lower-case "bahasa"/"berbahasa" ("Balai Bahasa Provinsi Maluku" is a body's name),
// or a headline's Title Case "Bahasa" ("Menyanyi dalam Bahasa Jawa", dev d334).
// Skips the one word of the language; what follows it is read as usual.
import { isWordChar } from '../../../text/chars';
import { ALWAYS, CUES_CLEAR_TITLE, NO_MATCH, type ActorRule } from '../rule';

const LANGUAGE_WORDS = ['bahasa', 'berbahasa'];

/** "bahasa" or "berbahasa", lower case (or Title Case in a headline: `titled`), then exactly one
 *  space, then token i. Read in place: most tokens are turned away by the last letter of the
 *  word before ("a"). */
function afterLanguageWord(p: string, start: number, titled: boolean): boolean {
  const e = start - 1;
  if (e < 1 || p.charCodeAt(e) !== 32 || p.charCodeAt(e - 1) !== 97) return false;
  let s = e - 1;
  while (s > 0 && isWordChar(p.charCodeAt(s - 1))) s--;
  const first = p.charCodeAt(s);
  // (a headline's "Bahasa" is a body's word only after a body's head: "Balai Bahasa Jawa Tengah")
  if (titled && (first === 66 /* B */) && !bodyHeadBefore(p, s)) {
    const lower = p.slice(s, e).toLowerCase();
    return LANGUAGE_WORDS.includes(lower);
  }
  for (const w of LANGUAGE_WORDS) if (w.length === e - s && p.startsWith(w, s)) return true;
  return false;
}

/** "Balai " or "Badan " right before `at`. */
function bodyHeadBefore(p: string, at: number): boolean {
  return at >= 6 && (p.startsWith('Balai ', at - 6) || p.startsWith('Badan ', at - 6));
}

export const languageName: ActorRule = {
  name: 'language-name',
  cues: CUES_CLEAR_TITLE,
  gate: ALWAYS,
  apply(ctx, i) {
    return afterLanguageWord(ctx.p, ctx.ts[i], ctx.mode === 'kbOnly') ? i + 1 : NO_MATCH;
  },
};
