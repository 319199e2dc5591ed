// "“Seratus empat puluh dari dua ribu? Itu tujuh persen, Pak Kepala.” / “Betul, Pimpinan.
// …”": a line of dialogue that addresses somebody by a term of address and a name or a
// title ("Pak Bonar, …", "…, Bu Jaksa.", "…, Mas Bagas.") hands the floor to that person:
// the next uncued turn is theirs, not the speaker's going on. Hearings, talk shows,
// interviews and press conferences print their exchanges so in Indonesian news, with
// "Pak/Bu" and the person's name or office (issue 13: dialogue formats; the one addressed
// answered nobody's question, so the asker was given the answer).
import { titledPersonBefore } from './described-person';
import type { ActorMention } from './types';

/** Terms of address before a name or an office. */
const ADDRESS = 'Pak|Bu|Bapak|Ibu|Mas|Mbak|Bang|Kak';
/** The address opening the quote's words ("“Pak Bonar, …") or closing a sentence of them
 *  ("…, Pak Kepala." / "…, Bu Melati?"); group 1 or 2 is the name or office. */
const VOCATIVE = new RegExp(`^["“]\\s*(?:${ADDRESS}) (\\p{Lu}\\p{Ll}+),|, (?:${ADDRESS}) (\\p{Lu}\\p{Ll}+)[.?!,]`, 'u');

/** The name or office a quote addresses, as written ("Bonar", "Kepala"); else null. */
export function addressedWord(quote: string): string | null {
  const m = VOCATIVE.exec(quote);
  return m === null ? null : (m[1] ?? m[2]);
}

/** The person mention before index `last` that `word` addresses: the last person whose
 *  name has that word ("Pak Bonar" → Bonar Simanjuntak), else the last person introduced
 *  with that office among their title words ("Pak Kepala" → "Kepala Bapanas Sudarmanto");
 *  else null. */
export function addressedPerson(text: string, mentions: readonly ActorMention[], isPerson: (k: number) => boolean, last: number,
  word: string): ActorMention | null {
  for (let k = last; k >= 0; k--) {
    if (!isPerson(k)) continue;
    const c = mentions[k].canonical;
    if (c.split(' ').includes(word)) return mentions[k];
  }
  return titledPersonBefore(text, mentions, isPerson, last, word.toLowerCase());
}
