// Names of the days and months, lower case, one list for every reader: the page-furniture
// test (text/headline.ts), the words never an actor (recognize/lexicon.ts NEVER_ACTOR) and
// never ending a name (actors/rules/unknown-name.ts), a page stamp (actors/line-parts.ts),
// the time adjunct that opens a content (reported/content-adjunct.ts) or follows a
// trailing verb (reported/trailing-verb.ts), the words after "kata X," (reported/cues.ts),
// the date aside after a speaker's name (attribution.ts), the unit that makes "10-12
// Juni" no score (sport-clubs.ts), the months and days of a printed date
// (MONTH_NUMBERS and WEEKDAY_NUMBERS, with the old and English spellings the others leave:
// metadata/dates.ts, the timestamp line of text/headline.ts), the units of time (TIME_UNITS).

/** The days of the week as Indonesian writes them, Sunday first (0, as Date.getUTCDay):
 *  "jumat" also with its apostrophe ("Jum'at"), and "ahad", Sunday's other name beside
 *  "minggu". */
const INDONESIAN_DAYS: readonly (readonly string[])[] = [['minggu', 'ahad'], ['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat', "jum'at"], ['sabtu']];

/** The days of the week as Indonesian writes them, Monday to Sunday. */
export const WEEKDAYS: readonly string[] = [...INDONESIAN_DAYS.slice(1), INDONESIAN_DAYS[0]].flat();

/** Each day's other spellings a printed date may use, Sunday first: "Jum’at" with a
 *  typographic apostrophe and the English names. Only the date reader reads them. */
const OTHER_DAY_SPELLINGS: readonly (readonly string[])[] = [['sunday'], ['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['jum’at', 'friday'], ['saturday']];

/** Every spelling of a day a printed date may use, lower case, to the day's number:
 *  0 for Sunday, as Date.getUTCDay. */
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(
  INDONESIAN_DAYS.flatMap((names, i) => [...names, ...OTHER_DAY_SPELLINGS[i]].map((w) => [w, i] as const)),
);

/** Units of time a number counts ("3 hari", "dua pekan"), shortest first: the measures of
 *  recognize/lexicon.ts MEASURE_UNITS and the nouns of a time adjunct
 *  (reported/content-adjunct.ts) read the same list. */
export const TIME_UNITS: readonly string[] = ['detik', 'menit', 'jam', 'hari', 'pekan', 'minggu', 'bulan', 'tahun'];

/** The months in Indonesian, January to December. */
export const MONTHS: readonly string[] = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

/** Each month's short forms that Indonesian dates print ("12 Jan 2025", "3 Agt"), January
 *  to December; "mei" has none. */
const SHORT_FORMS: readonly (readonly string[])[] = [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['agu', 'agt'], ['sep', 'sept'], ['okt'], ['nov'], ['des']];

/** The months' short forms, every month's in one list. */
export const MONTH_ABBREVIATIONS: readonly string[] = SHORT_FORMS.flat();

/** Each month's other spellings a printed date may use, January to December: the old
 *  Indonesian ones ("Pebruari", "Nop", "Agust") and the English names and short forms.
 *  Only the date reader reads them: as a word in a sentence they are no month to the
 *  recognizer ("may", "march"). */
const OTHER_SPELLINGS: readonly (readonly string[])[] = [
  ['january'], ['pebruari', 'peb', 'february'], ['march'], [], ['may'], ['june'], ['july'],
  ['ags', 'agust', 'aug', 'august'], [], ['oct', 'october'], ['nopember', 'nop'], ['dec', 'december'],
];

/** Every spelling of a month a printed date may use (the name, its short forms, the
 *  other spellings), lower case, to the month's number: 1 for January. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((name, i) => [name, ...SHORT_FORMS[i], ...OTHER_SPELLINGS[i]].map((w) => [w, i + 1] as const)),
);

/** `word` as it opens a sentence or a name: "Senin", "Jum'at". */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The month a word found by a case-insensitive Unicode pattern names, 1 for January, or
 *  undefined. Such a pattern also matches letters that fold to ASCII ones: the long s
 *  ("ſep") and the Kelvin sign; NFKC turns them into "s" and "K" before the look-up. */
export function monthNumber(word: string): number | undefined {
  return MONTH_NUMBERS.get(calendarKey(word));
}

/** The day a word names, 0 for Sunday, or undefined; read as monthNumber reads months. */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_NUMBERS.get(calendarKey(word));
}

function calendarKey(word: string): string {
  return word.normalize('NFKC').toLowerCase();
}
