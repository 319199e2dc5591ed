// The parties of a proceeding as hearing reports name them: "Teradu I" and "Pengadu" before
// the election ethics council, "Terlapor II" and the "Investigator" before the competition
// commission, "Pemohon" and "Termohon" before an information commission, "Penggugat" and
// "Tergugat" in a civil suit. Each is a role, never a name: a title before its holder's
// name ("Pengadu Gunawan Sitepu", lexicon TITLE_HEADS), with the party's Roman numeral when
// there are several ("Teradu II": actors/rules/title.ts), and the label of the holder's
// turns in a transcript ("Teradu I: “…”", "Kuasa Terlapor II: “…”": turn-labels.ts).
import { isRomanNumeral } from '../text/roman-numerals';

/** The parties, in lower case. */
export const PARTY_NOUNS: readonly string[] = ['teradu', 'pengadu', 'terlapor', 'pelapor', 'pemohon', 'termohon', 'penggugat', 'tergugat', 'investigator'];
const PARTY_SET: ReadonlySet<string> = new Set(PARTY_NOUNS);

/** The role a counsel's label ("Kuasa Terlapor I", "Kuasa Pemohon") is looked up by: any
 *  counsel the article introduced (described-person.ts's class of counsel titles). */
export const COUNSEL_ROLE = 'kuasa';

/** `word` (lower case) is a party of a proceeding. */
export function isPartyNoun(word: string): boolean {
  return PARTY_SET.has(word);
}

/** The role of a label made of `words` (lower case, one space between) and, when not '',
 *  a party's Roman numeral (in capitals): the party with its number ("teradu ii"), a
 *  counsel's role for "kuasa <party>", else undefined (no party label). */
export function partyLabelRole(words: string, numeral: string): string | undefined {
  if (numeral !== '' && !isRomanNumeral(numeral)) return undefined;
  if (isPartyNoun(words)) return numeral === '' ? words : `${words} ${numeral.toLowerCase()}`;
  const sp = words.indexOf(' ');
  return sp > 0 && words.slice(0, sp) === COUNSEL_ROLE && isPartyNoun(words.slice(sp + 1)) ? COUNSEL_ROLE : undefined;
}
