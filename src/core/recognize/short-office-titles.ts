// "Kalak BPBD", "Dirreskrimsus Polda Jateng", "Kasatresnarkoba Polres X", "Wadirlantas":
// Indonesian news writes a police or regional office's head as one word, the head's
// prefix (ka- "kepala", kasat- "kepala satuan", dir- "direktur", wadir- "wakil direktur",
// kabid-, kasubdit-, kanit-) joined to the unit's own short name (reskrimum, reskrimsus,
// resnarkoba, lantas, polairud, intelkam, humas …). Every such word is a title before a
// person, never a person's name; the prefixes and the units are fixed by the police's
// organisation, so the pattern covers the combinations an article has not shown yet.
// ("kalak", "kepala pelaksana" of a disaster agency, is written the same way; so are the
// army's and navy's commanders, dan- "komandan" + the unit: "Dandim", "Danlanal", "Pangdam".)

const SHORT_OFFICE_TITLE =
  /^(?:ka|kasat|dir|wadir|kabid|kasubdit|kasubbid|kanit|kaur|kasi)(?:reskrim|reskrimum|reskrimsus|resnarkoba|narkoba|lantas|polairud|polair|intelkam|binmas|samapta|sabhara|propam|humas|tahti|pamobvit|krimsus|krimum|tipikor|tipidter|tipidkor|resmob|jatanras|siber|pidum|pidsus|intel)$|^kalaks?a?$|^(?:dan|wadan)(?:rem|dim|ramil|lanal|lantamal|lanud|yon|yonif|kodaeral|satgas)$|^pangdam$/;

/** Lower-case `word` is a one-word office title ("dirreskrimsus", "kalak"). */
export function isShortOfficeTitle(word: string): boolean {
  return word.length >= 5 && SHORT_OFFICE_TITLE.test(word);
}
