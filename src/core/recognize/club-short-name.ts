// "Arema FC" … "pelatih Arema Joel Cornelli": a football club named once with its "FC" is
// then written by the name alone, often right before its coach's or player's name with
// only a lower-case role noun before both. The short name is one word, which the link
// pass would not trust as the lead of an organisation (a person's first name may equal
// one); a club's short form, named in full in the same article, it can trust.

/** Club suffixes that a club's short form leaves out ("FC", "F.C.", "SC"). */
const CLUB_SUFFIX = / (?:FC|F\.C\.|SC|Football Club)$/;

/** The short form of a club's name (`Arema` for `Arema FC`), or null when the name has no
 *  club suffix or nothing before it. */
export function clubShortName(name: string): string | null {
  const m = CLUB_SUFFIX.exec(name);
  return m === null || m.index === 0 ? null : name.slice(0, m.index);
}
