// "Arema FC" … "pelatih Arema Joel Cornelli": a football club named once with its "FC" is
// then written by the name alone, often right before its coach's or player's name with
// only a lower-case role noun before both. The short name is one word, which the link
// pass would not trust as the lead of an organisation (a person's first name may equal
// one); a club's short form, named in full in the same article, it can trust.
// Indonesian clubs are written short by their own names too, both short for "Persatuan Sepak
// Bola" and the town: "Persib", "Persita" (Pers- and the town) and "PSBS", "PSIM" ("PS" and
// the town's initials). Those patterns are kept here once, so that the paragraph rules
// (unknown-name.ts), the link pass (link.ts) and the regional names (regional-names.ts) read
// a club's name alike.

/** "Persib", "Persita", "Persebaya": "Pers" and a few letters of the town, as a regex source
 *  (the common words that open so, "Persatuan", "Persero", "Personel", "Persen", are none). */
export const PERS_CLUB_NAME = 'Pers(?!atuan|ero|ekutuan|ekot|onel|onal|en$|pektif|epsi|egi|ona)[a-z]{2,7}';
/** "PSBS", "PSIM", "PSS": "PS" and one or two capitals of the town's initials, as a regex source. */
export const PS_CLUB_INITIALS = 'PS[A-Z]{1,2}';

/** The word p [start, end) is a club's initials (PS_CLUB_INITIALS), read off the characters:
 *  unknown-name.ts asks it of every unknown name. */
export function isClubInitialsAt(p: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 4 || p.charCodeAt(start) !== 80 || p.charCodeAt(start + 1) !== 83) return false;
  for (let k = start + 2; k < end; k++) { const c = p.charCodeAt(k); if (c < 65 || c > 90) return false; }
  return true;
}

/** Club suffixes that a club's short form leaves out ("FC", "F.C.", "SC"). */
const CLUB_SUFFIX = / (?:FC|F\.C\.|SC|Football Club)$/;

/** The short form of a club's name (`Arema` for `Arema FC`), or null when the name has no
 *  club suffix or nothing before it. */
export function clubShortName(name: string): string | null {
  const m = CLUB_SUFFIX.exec(name);
  return m === null || m.index === 0 ? null : name.slice(0, m.index);
}
