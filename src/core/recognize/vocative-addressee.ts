// "“Sembilan puluh dari seribu? Itu sembilan persen, Pak Kepala.” / “Benar, Pimpinan.
// …”": a line of dialogue that addresses somebody by a term of address and a name or a
// title ("Pak Bonar, …", "…, Bu Jaksa.", "…, Mas Bagas.") hands the floor to that person:
// the next uncued turn is theirs, not the speaker's going on. Hearings, talk shows,
// interviews and press conferences print their exchanges so in Indonesian news, with
// "Pak/Bu" and the person's name or office (issue 13: dialogue formats; the one addressed
// answered nobody's question, so the asker was given the answer).
// Only inside a real exchange, though: a resident telling a visiting governor "…, Pak
// Gubernur." goes on speaking, and so does a speaker whose next line keeps the same first
// person ("Kami …, Pak Gubernur." / "Anak saya …"). link.ts hands the floor over only when
// the one addressed has spoken before or the line is a dialogue turn, and this file reads
// the address (never a comma after it: "kepala sekolah, Bu Ratna, bukan …" is apposition).
import { titledPersonBefore } from './described-person';
import { ADDRESS_TERMS } from './lexicon';
import type { ActorMention } from './types';

/** Terms of address before a name or an office, capitalised as a quote writes them. */
const ADDRESS = [...ADDRESS_TERMS].map((w) => w[0].toUpperCase() + w.slice(1)).join('|');
/** The address opening the quote's words ("“Pak Bonar, …") or closing a sentence of them
 *  ("…, Pak Kepala." / "…, Bu Melati?"); group 1 or 2 is the name or office. */
const VOCATIVE = new RegExp(`^["“]\\s*(?:${ADDRESS}) (\\p{Lu}\\p{Ll}+),|, (?:${ADDRESS}) (\\p{Lu}\\p{Ll}+)[.?!]`, 'u');

/** The speaker's own first person ("saya", "kami", "aku"): two lines that both have it are
 *  one speaker going on, not the one addressed answering. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:saya|kami|aku)(?![\p{L}])/iu;

/** The quote speaks in the first person. */
export function speaksAsSelf(quote: string): boolean {
  return FIRST_PERSON.test(quote);
}

/** The name or office a quote addresses, as written ("Bonar", "Kepala"); else null. */
export function addressedWord(quote: string): string | null {
  const m = VOCATIVE.exec(quote);
  return m === null ? null : (m[1] ?? m[2]);
}

/** The term of address a quote uses before the name or office it addresses ("pak" of "Pak
 *  Bonar, …"); else null. */
export function addressTermOf(quote: string): string | null {
  const m = VOCATIVE.exec(quote);
  if (m === null) return null;
  const at = m.index + m[0].indexOf(m[1] ?? m[2]) - 1;
  let k = at;
  while (k > 0 && quote.charCodeAt(k - 1) !== 32 && quote.charCodeAt(k - 1) !== 0x201c && quote.charCodeAt(k - 1) !== 34) k--;
  return quote.slice(k, at).toLowerCase();
}

/** "Berapa nilai ganti ruginya, Pak?": a term of address with no name closing a sentence of
 *  the quote (lower case), else null. In a transcript it means the one last addressed by that
 *  term with a name ("Pak Bonar, …"): link.ts keeps who that was. */
const BARE = new RegExp(`, (${ADDRESS})[.?!]`, 'u');
export function bareAddressTerm(quote: string): string | null {
  const m = BARE.exec(quote);
  return m === null ? null : m[1].toLowerCase();
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
