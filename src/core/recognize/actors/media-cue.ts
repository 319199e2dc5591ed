// "stasiun televisi Al-Manar", "harian Haaretz", "surat kabar Global New Light of Myanmar",
// "kantor berita WAFA": the kind of medium written right before a name the KB does not
// know makes it an outlet, an organisation. Only the noun phrases that name a medium
// count, and only right before the name: "kabar" or "berita" alone ("mendengar kabar
// Budi …") say nothing of the name after them. Nor do "televisi" or "radio" alone: they
// qualify a person's role ("presenter televisi Rina …", "penyiar radio Joko …"); and
// "harian" after a role is "acting" ("pelaksana harian Ahmad …", "ketua harian …").
import { isAsciiLetter, wordBefore } from '../../text/chars';
import { ADDRESS_TERMS } from '../lexicon';
const MEDIA_NOUNS = ['stasiun televisi', 'stasiun radio', 'surat kabar', 'kantor berita', 'portal berita', 'situs berita',
  'harian', 'majalah', 'koran', 'tabloid'];
const ROLES_BEFORE_HARIAN = /(?:^|[^A-Za-z])(?:pelaksana|ketua|wakil|pengurus|pimpinan|ketum|sekretaris|bendahara|koordinator) $/i;

/** The text right before `start` is a medium's noun phrase and a space, at a word start. */
export function mediaNounBefore(p: string, start: number): boolean {
  if (start < 2 || p.charCodeAt(start - 1) !== 32) return false;
  for (const noun of MEDIA_NOUNS) {
    const from = start - 1 - noun.length;
    if (from >= 0 && p.startsWith(noun, from) && (from === 0 || !isAsciiLetter(p.charCodeAt(from - 1))) &&
        !(noun === 'harian' && ROLES_BEFORE_HARIAN.test(p.slice(Math.max(0, from - 16), from)))) return true;
  }
  return false;
}

/** The media nouns that open an outlet's own name, capitalised ("Radio Prambors", "Harian
 *  Rakyat Merdeka", "Majalah Gatra", "Radar Madura": the Jawa Pos group's regional papers,
 *  regional-newspaper.ts). */
const MEDIA_NAME_OPENERS = ['Radio', 'Harian', 'Majalah', 'Koran', 'Tabloid', 'Radar', 'Televisi'];

/** p[start, end) is a name of two words or more whose first word is a medium's noun: an
 *  outlet, an organisation, whatever cue before it reads as a person's ("Menurut Radio
 *  Prambors, …": "menurut" cites persons and outlets alike). */
export function opensWithMediaNoun(p: string, start: number, end: number): boolean {
  // "Pak Radar Santoso": after a term of address the run is a person's name.
  const before = wordBefore(p, start);
  if (before !== null && before.end === start - 1 && ADDRESS_TERMS.has(p.slice(before.start, before.end).toLowerCase())) return false;
  for (const w of MEDIA_NAME_OPENERS) {
    const e = start + w.length;
    if (e < end && p.charCodeAt(e) === 32 && p.startsWith(w, start)) return true;
  }
  return false;
}
