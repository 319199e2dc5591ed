// Names of the days and months, lower case, one list for every reader: the page-furniture
// test (text/headline.ts), the words never an actor (recognize/lexicon.ts NEVER_ACTOR) and
// never ending a name (actors/rules/unknown-name.ts), a page stamp (actors/line-parts.ts),
// the time adjunct that opens a content (reported/content-adjunct.ts), the words after
// "kata X," (reported/cues.ts), the date aside after a speaker's name (attribution.ts), the
// unit that makes "10-12 Juni" no score (sport-clubs.ts). metadata/dates.ts keeps its own
// table: it maps each spelling, English and curly-apostrophe ones too, to its number.

/** The days of the week as Indonesian writes them: "jumat" also with its apostrophe
 *  ("Jum'at"), and "ahad", Sunday's other name beside "minggu". */
export const WEEKDAYS: readonly string[] = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'];

/** The months in Indonesian, January to December. */
export const MONTHS: readonly string[] = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

/** The months' short forms that Indonesian dates print ("12 Jan 2025", "3 Agt"); "mei"
 *  has none. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'sep', 'sept', 'okt', 'nov', 'des'];

/** `word` as it opens a sentence or a name: "Senin", "Jum'at". */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
