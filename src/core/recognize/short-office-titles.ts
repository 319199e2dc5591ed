// "Kalak BPBD", "Dirreskrimsus Polda Jateng", "Kasatresnarkoba Polres X", "Wadirlantas":
// Indonesian news writes a police or regional office's head as one word, the head's
// prefix (ka- "kepala", kasat- "kepala satuan", dir- "direktur", wadir- "wakil direktur",
// kabid-, kasubdit-, kanit-) joined to the unit's own short name (reskrimum, reskrimsus,
// resnarkoba, lantas, polairud, intelkam, humas …). Every such word is a title before a
// person, never a person's name; the prefixes and the units are fixed by the police's
// organisation, so the pattern covers the combinations an article has not shown yet.
// The same unit written as a word of its own after the head's title ("Kasi Pidsus Kejari
// Banjar", "Kasat Reskrim Polres …") belongs to the title too (rules/title.ts).
// ("kalak", "kepala pelaksana" of a disaster agency, is written the same way; so are the
// army's and navy's commanders, dan- "komandan" + the unit: "Dandim", "Danlanal", "Pangdam".)
// (a regency's or province's dinas head likewise: "Kadis" for Kepala Dinas, alone or with the
// dinas's short name, "Kadisdik", "Kadinkes", "Kadishub"; not "Kadin", the chamber of commerce,
// dev d374; and the civil-service police unit's head, "Kasatpol PP".)

import { REGIONAL_SHORT_HEADS } from './regional-short-heads';

/** The units' short names, which a head's prefix joins (or precedes as its own word). */
const UNITS = 'reskrim|reskrimum|reskrimsus|resnarkoba|narkoba|lantas|polairud|polair|intelkam|binmas|samapta|sabhara|propam|humas|tahti|pamobvit|krimsus|krimum|tipikor|tipidter|tipidkor|resmob|jatanras|siber|pidum|pidsus|intel';
/** The regional dinas heads' short names (regional-short-heads.ts, the one list), each
 *  without its "Dis"/"Din"/"D" ("Disdik" → "dik", "Dinkes" → "kes", "DLH" → "lh"). */
const DINAS_HEADS = [...REGIONAL_SHORT_HEADS].filter(([, full]) => full.startsWith('Dinas ')).map(([head]) => head);
const dinasNames = (heads: readonly string[]): string[] => heads.map((h) => h.toLowerCase().replace(/^di[sn]|^d/, ''));
/** The short names of a regional government's dinas after "kadis" ("Kadisdik", "Kadishub"),
 *  and the cooperatives' office, whose head is written "Kadiskop" ("Diskop" is no short head
 *  of the list). */
const DINAS = [...dinasNames(DINAS_HEADS), 'kop'].join('|');
/** ... and after "kadin" ("Kadinkes"), the dinas heads written "Din…". */
const DIN_DINAS = dinasNames(DINAS_HEADS.filter((h) => h.startsWith('Din'))).join('|');
const SHORT_OFFICE_TITLE = new RegExp(
  `^(?:ka|kasat|dir|wadir|kabid|kasubdit|kasubbid|kanit|kaur|kasi)(?:${UNITS})$|^kalaks?a?$|^(?:dan|wadan)(?:rem|dim|ramil|lanal|lantamal|lanud|yon|yonif|kodaeral|satgas)$|^pangdam$|^kadis(?:${DINAS})?$|^kadin(?:${DIN_DINAS})$|^kasatpol$`);
const UNIT = new RegExp(`^(?:${UNITS})$`);
const DINAS_HEAD_TITLE = new RegExp(`^kadis(?:${DINAS})?$`);

/** Lower-case `word` is a one-word office title ("dirreskrimsus", "kalak"). */
export function isShortOfficeTitle(word: string): boolean {
  return word.length >= 5 && SHORT_OFFICE_TITLE.test(word);
}

/** Lower-case `word` is the head of a regional government's dinas ("kadis", "kadisdik"):
 *  one office's head, who may speak for it alone (headline-role-by-content.ts). */
export function isDinasHeadTitle(word: string): boolean {
  return DINAS_HEAD_TITLE.test(word);
}

/** Lower-case `word` is a unit's short name ("pidsus", "reskrim"), which a title written in
 *  two words ends with ("Kasi Pidsus", "Kasat Reskrim"): the title's, never a person. */
export function isOfficeUnitName(word: string): boolean {
  return word.length >= 4 && UNIT.test(word);
}
